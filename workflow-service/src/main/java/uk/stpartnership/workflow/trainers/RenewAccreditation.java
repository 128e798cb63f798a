package uk.stpartnership.workflow.trainers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * An accreditation renewed on a new date, by those who record them. One in force keeps its period: its process starts
 * both waits again with the new dates. One that has lapsed (recorded, or its date passed and the process is on its way
 * to recording it) is in force again in a new period, with a process of its own.
 */
@Singleton
public class RenewAccreditation {

    private static final Logger LOG = LoggerFactory.getLogger(RenewAccreditation.class);

    private final TrainerAccreditationRepository accreditations;
    private final TrainerAccess access;
    private final AccreditationRules rules;
    private final AccreditationProcesses processes;
    private final RequestValidator validator;
    private final ListTrainers listTrainers;
    private final Clock clock;

    RenewAccreditation(TrainerAccreditationRepository accreditations, TrainerAccess access, AccreditationRules rules,
                       AccreditationProcesses processes, RequestValidator validator, ListTrainers listTrainers, Clock clock) {
        this.accreditations = accreditations;
        this.access = access;
        this.rules = rules;
        this.processes = processes;
        this.validator = validator;
        this.listTrainers = listTrainers;
        this.clock = clock;
    }

    @Transactional
    public TrainerView renew(Actor actor, UUID id, RenewAccreditationRequest request) {
        TrainerAccreditation seen = listTrainers.visible(actor, id);
        access.checkRecords(actor);
        validator.check(request);
        AccreditationDates.check("accreditedOn", request.accreditedOn(), rules);
        TrainerAccreditation current = accreditations.findForUpdate(seen.trainerId()).orElseThrow();
        if (request.accreditedOn().isBefore(current.accreditedOn())) {
            throw ProblemException.badField("accreditedOn", "must be on or after " + current.accreditedOn() + ", the date it renews");
        }
        boolean lapsed = !rules.inForce(current, rules.today());
        UUID periodId = lapsed ? UUID.randomUUID() : current.periodId();
        accreditations.renew(current.trainerId(), request.accreditedOn(), actor.id(), Instant.now(clock), periodId);
        TrainerAccreditation renewed = accreditations.findById(current.trainerId()).orElseThrow();
        if (lapsed) {
            processes.start(renewed);
        } else {
            processes.renewed(renewed);
        }
        LOG.info("Accreditation of trainer {} renewed on {} by {} ({}, period {})", current.trainerId(), request.accreditedOn(),
                actor.id(), lapsed ? "after a lapse" : "in force", periodId);
        return listTrainers.view(renewed);
    }
}
