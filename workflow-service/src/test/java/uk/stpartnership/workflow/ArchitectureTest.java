package uk.stpartnership.workflow;

import uk.stpartnership.testsupport.ServiceArchitectureTest;

/**
 * workflow-service's features depend on each other one way, use no other service's classes and keep their
 * repositories: complaints and meetings reach the inbox through tasks' ProcessTasks.
 */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("uk.stpartnership.workflow");
    }
}
