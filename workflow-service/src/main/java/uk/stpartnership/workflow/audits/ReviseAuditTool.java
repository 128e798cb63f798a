package uk.stpartnership.workflow.audits;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.Problem;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes a new version of the audit tool from one of its versions, keeping which criteria continue which. A version is
 * never changed, so a round on it stays as it started.
 */
@Singleton
public class ReviseAuditTool {

    private static final Logger LOG = LoggerFactory.getLogger(ReviseAuditTool.class);

    private final AuditToolRepository tools;
    private final AuditCriterionRepository criteria;
    private final AuditAccess access;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final Clock clock;

    ReviseAuditTool(AuditToolRepository tools, AuditCriterionRepository criteria, AuditAccess access, RequestValidator validator,
               AuditLog auditLog, Clock clock) {
        this.tools = tools;
        this.criteria = criteria;
        this.access = access;
        this.validator = validator;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new version of the tool {@code id} belongs to, made from that version; its number is the tool's next. */
    @Transactional
    public AuditToolView revise(Actor actor, UUID id, UncheckedBody<AuditToolRevision> body) {
        access.checkRevisesTools(actor);
        AuditTool base = tools.findById(id).orElseThrow(() -> ProblemException.notFound("Audit tool"));
        AuditToolRevision revision = UncheckedBody.readOrNull(body);
        if (revision == null) {
            throw ProblemException.badField("body", "must be the new version's criteria");
        }
        validator.check(revision);
        Set<UUID> ofBase = criteria.ofTools(List.of(base.id())).stream().map(AuditCriterion::id).collect(Collectors.toSet());
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> continued = new HashSet<>();
        for (int i = 0; i < revision.criteria().size(); i++) {
            UUID continues = revision.criteria().get(i).continues();
            if (continues != null && !ofBase.contains(continues)) {
                errors.add(new Problem.FieldError("criteria[" + i + "].continues", "must be a criterion of version " + base.version()));
            } else if (continues != null && !continued.add(continues)) {
                errors.add(new Problem.FieldError("criteria[" + i + "].continues", "is continued by an earlier criterion already"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        tools.lockName(base.name());
        AuditTool made = tools.save(new AuditTool(UUID.randomUUID(), base.name(), tools.latestVersion(base.name()) + 1, base.id(),
                actor.id(), Instant.now(clock)));
        List<AuditCriterion> madeCriteria = new ArrayList<>();
        for (int i = 0; i < revision.criteria().size(); i++) {
            AuditToolRevision.Criterion criterion = revision.criteria().get(i);
            madeCriteria.add(new AuditCriterion(UUID.randomUUID(), made.id(), i + 1, criterion.wording().strip(), criterion.continues()));
        }
        criteria.saveAll(madeCriteria);
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("audit-tool", made.id().toString(), null));
        LOG.info("Audit tool {} version {} made from version {}", made.name(), made.version(), base.version());
        return AuditToolView.of(made, madeCriteria);
    }
}
