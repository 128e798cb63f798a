package uk.stpartnership.workflow.training;

/** Who a set of courses is for; which courses each needs is configuration (training.pathways). */
public enum Pathway {
    CHAMPION, SUPERVISOR, PRACTITIONER;

    /** The message's correlation key and id: CHAMPION/practitioner.hackney. */
    public String key(String personId) {
        return name() + "/" + personId;
    }
}
