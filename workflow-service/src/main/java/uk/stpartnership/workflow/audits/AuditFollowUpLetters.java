package uk.stpartnership.workflow.audits;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;

import java.util.Map;
import java.util.UUID;

/** The steering group's email about a missed follow-up: the round's reference and boroughs, never a case. */
@Singleton
class AuditFollowUpLetters implements LetterSource {

    static final String MISSED = "audit-follow-up-missed";

    private final AuditRoundRepository rounds;
    private final AuditFollowUpRepository followUps;

    AuditFollowUpLetters(AuditRoundRepository rounds, AuditFollowUpRepository followUps) {
        this.rounds = rounds;
        this.followUps = followUps;
    }

    /** The process variable roundId names the baseline. */
    @Override
    public String kind() {
        return "round";
    }

    @Override
    public Letter letter(UUID id, String template, UUID draftId) {
        if (!MISSED.equals(template)) {
            throw ProblemException.notFound("Letter");
        }
        AuditRound round = rounds.findById(id).orElseThrow(() -> ProblemException.notFound("Audit round"));
        AuditFollowUp followUp = followUps.findById(id).orElseThrow(() -> ProblemException.notFound("Follow-up"));
        return Letter.toJobRecipients(Map.of(
                "roundReference", round.reference(),
                "boroughs", String.join(", ", round.boroughs()),
                "followUpDueOn", followUp.dueOn().toString(),
                "steeringMeeting", followUp.onAgendaOf() == null ? "next steering group meeting, once one is planned" : followUp.onAgendaOf()));
    }
}
