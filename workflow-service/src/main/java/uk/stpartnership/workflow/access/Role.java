package uk.stpartnership.workflow.access;

/** The roles people hold in the partnership (DOMAIN.md). */
public enum Role {
    PROJECT_MANAGER(true),
    BOROUGH_LEAD(false),
    IMPLEMENTATION_LEAD(false),
    CHAMPION(false),
    PRACTITIONER(false),
    COMPLAINTS_OFFICER(false),
    COMPLAINTS_MANAGER(false),
    ST_REVIEWER(false),
    STEERING_GROUP_MEMBER(true),
    EVALUATOR(true),
    FINANCE_MANAGER(false);

    private final boolean partnershipWide;

    Role(boolean partnershipWide) {
        this.partnershipWide = partnershipWide;
    }

    /** Whether the role sees across boroughs (within what it allows). */
    public boolean partnershipWide() {
        return partnershipWide;
    }
}
