package uk.stpartnership.workflow.consultations;

/** What a case consultation covered: the fixed list the partnership reports on. */
public enum Theme {
    PERPETRATOR_PATTERN_MAPPING("Perpetrator pattern mapping"),
    PIVOTING_TO_THE_PERPETRATOR("Pivoting to the perpetrator"),
    PARTNERING_WITH_THE_SURVIVOR("Partnering with the survivor"),
    LANGUAGE_AND_DOCUMENTATION("Language and documentation"),
    RISK_AND_SAFETY("Risk and safety"),
    ENGAGING_THE_PERPETRATOR("Engaging the perpetrator"),
    OTHER("Other");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
