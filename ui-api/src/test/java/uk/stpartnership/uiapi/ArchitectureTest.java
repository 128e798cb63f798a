package uk.stpartnership.uiapi;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The API's features depend on each other one way, reach the other services over HTTP only, and keep their repositories. */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.stpartnership.uiapi");

    @Test
    void featuresHaveNoCycles() {
        slices().matching("uk.stpartnership.uiapi.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void usesNoOtherServicesClasses() {
        noClasses().that().resideInAPackage("uk.stpartnership.uiapi..")
                .should().dependOnClassesThat(resideInAPackage("uk.stpartnership..")
                        .and(not(resideInAnyPackage("uk.stpartnership.uiapi..", "uk.stpartnership.web..", "uk.stpartnership.jobworker..",
                                "uk.stpartnership.workingdays..")))
                        .as("another service's classes"))
                .check(SERVICE);
    }

    @Test
    void aRepositoryIsUsedOnlyInItsFeature() {
        classes().that().areAnnotatedWith(JdbcRepository.class).or().haveSimpleNameEndingWith("Repository")
                .should(beUsedOnlyInTheirOwnPackage())
                .allowEmptyShould(false)
                .check(SERVICE);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only by classes in their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                repository.getDirectDependenciesToSelf().stream()
                        .filter(dependency -> !dependency.getOriginClass().getPackageName().equals(repository.getPackageName()))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription())));
            }
        };
    }
}
