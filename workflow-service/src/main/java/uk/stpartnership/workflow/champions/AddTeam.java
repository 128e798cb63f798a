package uk.stpartnership.workflow.champions;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The implementation lead adds a team to their borough's register. */
@Singleton
public class AddTeam {

    private static final Logger LOG = LoggerFactory.getLogger(AddTeam.class);

    private final TeamRepository teams;
    private final ChampionAccess access;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    AddTeam(TeamRepository teams, ChampionAccess access, RequestValidator validator, AuditLog auditLog, Clock clock) {
        this.teams = teams;
        this.access = access;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Transactional
    public Team add(Actor actor, UncheckedBody<TeamRequest> body) {
        access.checkLeadOf(actor, actor.organisation(), "Resource");
        TeamRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a team");
        }
        validator.check(request);
        String name = request.name().strip();
        if (teams.existsByBoroughAndName(actor.organisation(), name)) {
            throw ProblemException.badField("name", "is already a team of the borough");
        }
        Team team = teams.save(new Team(UUID.randomUUID(), actor.organisation(), name, actor.id(), Instant.now(clock)));
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("champion-team", team.id().toString(), null));
        LOG.info("Team {} added in {}", team.id(), team.borough());
        return team;
    }
}
