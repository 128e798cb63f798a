package uk.stpartnership.testsupport;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules every service's architecture test checks on its main classes (a service's ArchitectureTest extends this):
 * its features (the packages under its root) depend on each other one way; it uses no other service's classes, only
 * the platform's shared ones; and a feature's repositories are used by that feature alone (another feature asks
 * through a use case, a port or an event).
 */
public abstract class ServiceArchitectureTest {

    /** The platform's libraries every service may use. */
    private static final String[] SHARED = {"uk.stpartnership.web..", "uk.stpartnership.jobworker..", "uk.stpartnership.workingdays..",
            "uk.stpartnership.bpmn.."};
    private static final String JDBC_REPOSITORY = "io.micronaut.data.jdbc.annotation.JdbcRepository";

    private final String root;
    private final JavaClasses service;

    /**
     * The service whose classes are under the root package ("uk.stpartnership.workflow").
     */
    protected ServiceArchitectureTest(String root) {
        this.root = root;
        this.service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(root);
    }

    @Test
    void featuresHaveNoCycles() {
        slices().matching(root + ".(*)..").should().beFreeOfCycles().check(service);
    }

    @Test
    void usesNoOtherServicesClasses() {
        String[] allowed = Stream.concat(Stream.of(root + ".."), Stream.of(SHARED)).toArray(String[]::new);
        noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(resideInAPackage("uk.stpartnership..").and(not(resideInAnyPackage(allowed)))
                        .as("are another service's"))
                .check(service);
    }

    /** Every class annotated @JdbcRepository or named *Repository. */
    @Test
    void aRepositoryIsUsedOnlyInItsFeature() {
        classes().that().areAnnotatedWith(JDBC_REPOSITORY).or().haveSimpleNameEndingWith("Repository")
                .should(beUsedOnlyInTheirOwnPackage())
                .check(service);
    }

    private ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
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
