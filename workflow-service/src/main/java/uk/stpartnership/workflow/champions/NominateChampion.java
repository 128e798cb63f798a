package uk.stpartnership.workflow.champions;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An implementation lead nominates a practitioner of their borough, or a practitioner applies. The nomination is
 * kept with its process start in the outbox; the person's role and years stay here, the process gets ids only.
 */
@Singleton
public class NominateChampion {

    private static final Logger LOG = LoggerFactory.getLogger(NominateChampion.class);

    private final NominationRepository nominations;
    private final TeamRepository teams;
    private final ChampionRepository champions;
    private final ChampionProcesses processes;
    private final ChampionAccess access;
    private final PeopleDirectory directory;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    NominateChampion(NominationRepository nominations, TeamRepository teams, ChampionRepository champions, ChampionProcesses processes,
                     ChampionAccess access, PeopleDirectory directory, RequestValidator validator, AuditLog auditLog, Clock clock) {
        this.nominations = nominations;
        this.teams = teams;
        this.champions = champions;
        this.processes = processes;
        this.access = access;
        this.directory = directory;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public NominationSummary nominate(Actor actor, UncheckedBody<NominationRequest> body) {
        access.checkLeadOf(actor, actor.organisation(), "Resource");
        NominationRequest request = read(body);
        if (request.candidate() == null || request.candidate().isBlank()) {
            throw ProblemException.badField("candidate", "is required");
        }
        return putForward(actor, request, request.candidate().strip(), Nomination.Route.NOMINATION);
    }

    @Transactional
    public NominationSummary apply(Actor actor, UncheckedBody<NominationRequest> body) {
        if (!actor.holdsAny(Role.PRACTITIONER, Role.CHAMPION)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only practitioners apply to become champions");
        }
        NominationRequest request = read(body);
        if (request.candidate() != null && !request.candidate().isBlank() && !request.candidate().strip().equals(actor.id())) {
            throw ProblemException.badField("candidate", "an application is your own: leave it out");
        }
        return putForward(actor, request, actor.id(), Nomination.Route.APPLICATION);
    }

    private NominationRequest read(UncheckedBody<NominationRequest> body) {
        NominationRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a nomination");
        }
        validator.check(request);
        return request;
    }

    private NominationSummary putForward(Actor actor, NominationRequest request, String candidate, Nomination.Route route) {
        String borough = actor.organisation();
        String lineManager = request.lineManager().strip();
        List<FieldError> errors = new ArrayList<>();
        Team team = teams.findById(request.teamId()).filter(t -> t.borough().equals(borough)).orElse(null);
        if (team == null) {
            errors.add(new FieldError("teamId", "must be a team of the borough"));
        }
        if (!directory.person(candidate).map(p -> p.organisation().equals(borough)).orElse(false)) {
            errors.add(new FieldError("candidate", "must be a person of the borough in the directory"));
        }
        if (lineManager.equals(candidate)) {
            errors.add(new FieldError("lineManager", "must be someone other than the candidate"));
        } else if (!directory.exists(lineManager)) {
            errors.add(new FieldError("lineManager", "must be a person in the directory"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (nominations.isOpenFor(candidate) || champions.isChampion(candidate)) {
            throw ProblemException.conflict("This person is already a champion or being nominated");
        }
        UUID id = UUID.randomUUID();
        Nomination.Status status = route == Nomination.Route.NOMINATION ? Nomination.Status.AWAITING_CANDIDATE : Nomination.Status.AWAITING_LEAD;
        nominations.save(new Nomination(id, borough, candidate, team.id(), request.practitionerRole().strip(), request.yearsInBorough(),
                lineManager, route, status, actor.id(), Instant.now(clock)));
        processes.startNomination(id, Map.of(
                "nominationId", id.toString(),
                "borough", borough,
                "candidate", candidate,
                "lineManager", lineManager,
                "teamId", team.id().toString(),
                "route", route.name(),
                "businessReference", id.toString()));
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("champion-nomination", id.toString(), null));
        LOG.info("Champion {} {} in {}", route == Nomination.Route.NOMINATION ? "nomination" : "application", id, borough);
        return nominations.summary(id).orElseThrow();
    }
}
