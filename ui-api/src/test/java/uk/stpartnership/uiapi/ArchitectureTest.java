package uk.stpartnership.uiapi;

import org.junit.jupiter.api.Test;
import uk.stpartnership.testsupport.ServiceArchitecture;

/** ui-api's features depend on each other one way, reach the other services over HTTP only, and keep their repositories. */
class ArchitectureTest {

    private static final ServiceArchitecture SERVICE = ServiceArchitecture.of("uk.stpartnership.uiapi");

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
        SERVICE.keepsEachRepositoryInItsFeature();
    }
}
