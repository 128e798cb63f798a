package uk.stpartnership.workflow.trainers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A trainer's accreditation recorded, by a project manager or the delivery partner's implementation lead: the trainer
 * must be a person of the directory, the date one on which it is still in force today. Its process starts after commit.
 */
@Singleton
public class RecordAccreditation {

    private static final Logger LOG = LoggerFactory.getLogger(RecordAccreditation.class);

    private final TrainerAccreditationRepository accreditations;
    private final TrainerAccess access;
    private final AccreditationRules rules;
    private final AccreditationProcesses processes;
    private final RequestValidator validator;
    private final PeopleDirectory people;
    private final ListTrainers listTrainers;
    private final Clock clock;

    RecordAccreditation(TrainerAccreditationRepository accreditations, TrainerAccess access, AccreditationRules rules,
                        AccreditationProcesses processes, RequestValidator validator, PeopleDirectory people, ListTrainers listTrainers,
                        Clock clock) {
        this.accreditations = accreditations;
        this.access = access;
        this.rules = rules;
        this.processes = processes;
        this.validator = validator;
        this.people = people;
        this.listTrainers = listTrainers;
        this.clock = clock;
    }

    @Transactional
    public TrainerView record(Actor actor, RecordAccreditationRequest request) {
        access.refuseEvaluators(actor);
        access.checkRecords(actor);
        validator.check(request);
        String trainerId = request.trainerId().strip();
        AccreditationDates.check("accreditedOn", request.accreditedOn(), rules);
        if (!people.exists(trainerId)) {
            throw ProblemException.badField("trainerId", "must be a person in the directory");
        }
        UUID periodId = UUID.randomUUID();
        if (accreditations.insert(trainerId, request.accreditedOn(), actor.id(), Instant.now(clock), UUID.randomUUID(), periodId) == 0) {
            throw ProblemException.conflict("This trainer's accreditation is recorded already: renew it instead");
        }
        TrainerAccreditation recorded = accreditations.findById(trainerId).orElseThrow();
        processes.start(recorded);
        LOG.info("Accreditation of trainer {} on {} recorded by {} (period {})", trainerId, request.accreditedOn(), actor.id(), periodId);
        return listTrainers.view(recorded);
    }
}
