package uk.stpartnership.workflow.complaints;

import io.micronaut.serde.annotation.Serdeable;

/** The nine checks of the perpetrator-proofing review (DOMAIN.md), each answered by the S&T-trained reviewer with a note. */
public enum PerpetratorProofingCheck {
    RISK_TO_VICTIM_SURVIVOR("Would acting on the complaint increase risk to the adult or child victim-survivor?"),
    SHIFTS_BLAME_TO_NON_ABUSIVE_PARENT("Does it shift scrutiny or blame onto the non-abusive parent?"),
    REOPENS_SAFETY_DECISIONS("Does it try to reopen safety decisions (contact arrangements, plans)?"),
    PART_OF_A_PATTERN("Is it part of a pattern (repeat complaints, several agencies, several workers)?"),
    PERPETRATOR_PATTERN_RECORDED("Is the perpetrator's own pattern of behaviour recorded in the linked case?"),
    DRAFT_DISCLOSES_ABOUT_SURVIVOR("Does the draft response disclose anything about the survivor: disclosures, address, refuge, safety plan, strategies?"),
    DRAFT_FREE_OF_VICTIM_BLAMING("Is the draft's language free of victim-blaming terms?"),
    WORKER_NEEDS_SUPPORT("Does the worker complained about need support or a safety plan?"),
    PARTNER_AGENCIES_CONSULTED("Have partner agencies been consulted, so the decision is not made in isolation?");

    private final String question;

    PerpetratorProofingCheck(String question) {
        this.question = question;
    }

    public String question() {
        return question;
    }

    /** One check as the reviewer answered it. */
    @Serdeable
    public record Answered(PerpetratorProofingCheck check, Complaint.Answer answer, String note) {
    }
}
