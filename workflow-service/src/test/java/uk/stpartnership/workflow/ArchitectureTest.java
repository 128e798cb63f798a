package uk.stpartnership.workflow;

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

/**
 * The service's features depend on each other one way, ask each other through use cases, ports or events, and use no
 * other service's classes.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.stpartnership.workflow");

    /**
     * Used by complaints and meetings until the tasks feature offers use cases for what they ask of it (closing a
     * cancelled meeting's tasks, offering a review to a person, a task's due date): the tasks helper's part of issue 10.
     */
    private static final String TASKS_REPOSITORY = "uk.stpartnership.workflow.tasks.TaskRepository";

    @Test
    void featuresHaveNoCycles() {
        slices().matching("uk.stpartnership.workflow.(*)..").should().beFreeOfCycles().check(SERVICE);
    }

    @Test
    void usesNoOtherServicesClasses() {
        noClasses().that().resideInAPackage("uk.stpartnership.workflow..")
                .should().dependOnClassesThat(resideInAPackage("uk.stpartnership..")
                        .and(not(resideInAnyPackage("uk.stpartnership.workflow..", "uk.stpartnership.web..", "uk.stpartnership.jobworker..",
                                "uk.stpartnership.workingdays..", "uk.stpartnership.bpmn..")))
                        .as("another service's classes"))
                .check(SERVICE);
    }

    @Test
    void aRepositoryIsUsedOnlyInItsFeature() {
        classes().that().areAnnotatedWith(JdbcRepository.class).or().haveSimpleNameEndingWith("Repository")
                .and().doNotHaveFullyQualifiedName(TASKS_REPOSITORY)
                .should(beUsedOnlyInTheirOwnPackage())
                .check(SERVICE);
    }

    static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
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
