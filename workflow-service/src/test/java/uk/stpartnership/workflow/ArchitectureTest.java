package uk.stpartnership.workflow;

import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.ServiceArchitecture;

/** workflow-service's features depend on each other one way, and use no other service's classes. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("uk.stpartnership.workflow");

    /**
     * Used by complaints and meetings until the tasks feature offers use cases for what they ask of it (closing a
     * cancelled meeting's tasks, offering a review to a person, a task's due date): the tasks helper's part of issue 10.
     */
    private static final String TASKS_REPOSITORY = "uk.stpartnership.workflow.tasks.TaskRepository";

    @Test
    void featuresHaveNoCycles() {
        SERVICE.hasNoCyclesBetweenFeatures();
    }

    @Test
    void usesNoOtherServicesClasses() {
        SERVICE.usesNoOtherServicesClasses();
    }

    @Test
    void aRepositoryIsUsedOnlyInItsFeature() {
        SERVICE.keepsEachRepositoryInItsFeature(TASKS_REPOSITORY);
    }
}
