package uk.stpartnership.workflow.training;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps a course a person completed, once, and completes every pathway it was the last missing course of: both the
 * cohorts' attendance and e-learning's recorded completions end here. Called inside the caller's transaction.
 */
@Singleton
class CompleteCourse {

    private static final Logger LOG = LoggerFactory.getLogger(CompleteCourse.class);

    private final CompletionRepository completions;
    private final TrainingCatalogue catalogue;
    private final TrainingProcesses processes;
    private final Clock clock;

    CompleteCourse(CompletionRepository completions, TrainingCatalogue catalogue, TrainingProcesses processes, Clock clock) {
        this.completions = completions;
        this.catalogue = catalogue;
        this.processes = processes;
        this.clock = clock;
    }

    /** @param cohortId the cohort whose every day the person attended; null for e-learning */
    void completed(String personId, String borough, String course, LocalDate on, UUID cohortId, String recordedBy) {
        completions.lockCompletionsOf(personId);
        if (completions.add(UUID.randomUUID(), personId, course, borough, on, cohortId, recordedBy, Instant.now(clock)) == 0) {
            return;
        }
        LOG.info("Course {} completed by {}", course, personId);
        Set<String> done = completions.ofPerson(personId).stream().map(Completion::course).collect(Collectors.toSet());
        for (Pathway pathway : Pathway.values()) {
            var needed = catalogue.pathway(pathway).stream().map(Course::code).toList();
            // Only the pathways this course completes now: one finished before is not announced again.
            if (needed.contains(course) && done.containsAll(needed)) {
                processes.pathwayCompleted(pathway, personId);
                LOG.info("Pathway {} completed by {}", pathway, personId);
            }
        }
    }
}
