package uk.stpartnership.workflow;

import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

/** The demo people the tests act as (docs/CONTRACTS.md: role.organisation). */
final class TestPeople {

    static final Person PROJECT_MANAGER = new Person("project-manager.respect", "respect", "PROJECT_MANAGER");
    static final Person STEERING_MEMBER = new Person("steering-group-member.respect", "respect", "STEERING_GROUP_MEMBER");
    static final Person HACKNEY_LEAD = new Person("borough-lead.hackney", "hackney", "BOROUGH_LEAD");
    static final Person NEWHAM_LEAD = new Person("borough-lead.newham", "newham", "BOROUGH_LEAD");
    static final Person HACKNEY_OWNER = new Person("implementation-lead.hackney", "hackney", "IMPLEMENTATION_LEAD");
    static final Person NEWHAM_OWNER = new Person("implementation-lead.newham", "newham", "IMPLEMENTATION_LEAD");
    static final Person TOWER_HAMLETS_OWNER = new Person("implementation-lead.tower-hamlets", "tower-hamlets", "IMPLEMENTATION_LEAD");
    static final Person PRACTITIONER = new Person("practitioner.hackney", "hackney", "PRACTITIONER");

    private TestPeople() {
    }
}
