package uk.stpartnership.uiapi;

import uk.stpartnership.testsupport.ServiceArchitectureTest;

/** ui-api's features depend on each other one way, reach the other services over HTTP only, and keep their repositories. */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("uk.stpartnership.uiapi");
    }
}
