package uk.stpartnership.uiapi.people;

/** The roles people hold in their organisation (see docs/CONTRACTS.md). */
public enum Role {
    PROJECT_MANAGER("Project manager"),
    BOROUGH_LEAD("Borough lead"),
    IMPLEMENTATION_LEAD("Implementation lead"),
    CHAMPION("Champion"),
    PRACTITIONER("Practitioner"),
    COMPLAINTS_OFFICER("Complaints officer"),
    COMPLAINTS_MANAGER("Complaints manager"),
    ST_REVIEWER("S&T reviewer"),
    STEERING_GROUP_MEMBER("Steering group member"),
    EVALUATOR("Evaluator"),
    FINANCE_MANAGER("Finance manager");

    private final String title;

    Role(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
