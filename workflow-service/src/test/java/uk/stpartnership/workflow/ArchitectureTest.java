package uk.stpartnership.workflow;

import uk.stpartnership.testsupport.ServiceArchitectureTest;

/**
 * workflow-service's features depend on each other one way, use no other service's classes and keep their
 * repositories. TaskRepository is still used by complaints and meetings until the tasks feature offers use cases for
 * what they ask of it (closing a cancelled meeting's tasks, offering a review to a person, a task's due date): the
 * tasks helper's part of issue 10.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("uk.stpartnership.workflow", "uk.stpartnership.workflow.tasks.TaskRepository");
    }
}
