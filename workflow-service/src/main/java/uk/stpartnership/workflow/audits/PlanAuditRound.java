package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.Problem;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The borough's implementation lead (or a project manager) plans a round: its boroughs, purpose, cohort, sample size,
 * tool version, auditors, moderators and due date. Its seed is drawn now and kept, so that the sample it gives is
 * the same however often it is worked out. docs/CASE-AUDITS.md.
 */
@Singleton
public class PlanAuditRound {

    private static final Logger LOG = LoggerFactory.getLogger(PlanAuditRound.class);
    private static final String FIRST_TOOL = "Safe & Together case audit";
    private static final SecureRandom SEEDS = new SecureRandom();

    private final AuditRoundRepository rounds;
    private final AuditToolRepository tools;
    private final AuditAccess access;
    private final PeopleDirectory people;
    private final RequestValidator validator;
    private final BoroughCalendars calendars;
    private final AuditLog auditLog;
    private final ViewAuditRounds view;
    private final AuditFollowUpRepository followUps;
    private final AuditFollowUpProcess followUpProcess;
    private final Clock clock;
    private final int defaultSampleSize;

    PlanAuditRound(AuditRoundRepository rounds, AuditToolRepository tools, AuditAccess access, PeopleDirectory people,
                   RequestValidator validator, BoroughCalendars calendars, AuditLog auditLog, ViewAuditRounds view,
                   AuditFollowUpRepository followUps, AuditFollowUpProcess followUpProcess, Clock clock,
                   @Value("${audits.sample-size}") int defaultSampleSize) {
        this.rounds = rounds;
        this.tools = tools;
        this.access = access;
        this.people = people;
        this.validator = validator;
        this.calendars = calendars;
        this.auditLog = auditLog;
        this.view = view;
        this.followUps = followUps;
        this.followUpProcess = followUpProcess;
        this.clock = clock;
        this.defaultSampleSize = defaultSampleSize;
    }

    @Transactional
    public RoundView plan(Actor actor, UncheckedBody<RoundRequest> body) {
        access.checkRuns(actor, actor.organisation());
        RoundRequest request = UncheckedBody.readOrNull(body);
        if (request == null) {
            throw ProblemException.badField("body", "must be a round");
        }
        validator.check(request);
        List<String> boroughs = request.boroughs() == null || request.boroughs().isEmpty() ? List.of(actor.organisation())
                : request.boroughs().stream().map(String::strip).distinct().toList();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!actor.holds(Role.PROJECT_MANAGER) && !boroughs.equals(List.of(actor.organisation()))) {
            errors.add(new Problem.FieldError("boroughs", "an implementation lead's round takes their own borough's cases only"));
        }
        checkPurpose(actor, request, errors);
        if (!request.dueOn().isAfter(calendars.today())) {
            errors.add(new Problem.FieldError("dueOn", "must be after today"));
        }
        if (request.followUpDueOn() != null && !request.followUpDueOn().isAfter(request.dueOn())) {
            errors.add(new Problem.FieldError("followUpDueOn", "must be after the round is due"));
        }
        checkPeople("auditors", request.auditors(), boroughs, errors);
        checkPeople("moderators", request.moderators(), boroughs, errors);
        for (String auditor : request.auditors()) {
            if (request.moderators().stream().allMatch(auditor::equals)) {
                errors.add(new Problem.FieldError("moderators", "must name someone other than " + auditor
                        + " to re-score their cases"));
            }
        }
        AuditTool tool = (request.toolId() == null ? tools.newest(FIRST_TOOL) : tools.findById(request.toolId())).orElse(null);
        if (tool == null) {
            errors.add(new Problem.FieldError("toolId", "must be a version of the audit tool"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        Instant now = Instant.now(clock);
        String borough = boroughs.get(0);
        rounds.lockReferences(borough);
        int year = now.atZone(ZoneId.of("Europe/London")).getYear();
        String reference = "CA-" + borough + "-" + year + "-" + (rounds.countPlanned(borough, year) + 1);
        AuditRound round = rounds.save(new AuditRound(UUID.randomUUID(), reference, borough, boroughs, request.purpose(),
                request.follows(), request.cohortDescription().strip(),
                request.sampleSize() == null ? defaultSampleSize : request.sampleSize(), Boolean.TRUE.equals(request.byTeam()),
                tool.id(), request.dueOn(), request.purpose() == AuditRound.Purpose.BASELINE ? request.followUpDueOn() : null,
                SEEDS.nextLong(), AuditRound.Status.PLANNED, actor.id(), now, null));
        rounds.addMembers(round.id(), AuditRoundMember.Part.AUDITOR.name(), request.auditors());
        rounds.addMembers(round.id(), AuditRoundMember.Part.MODERATOR.name(), request.moderators());
        keepFollowUpCommitment(round);
        auditLog.record(actor, AuditLog.Action.CREATE, new AuditLog.Entry("audit-round", round.id().toString(), null));
        LOG.info("Audit round {} planned for {}", round.reference(), boroughs);
        return view.afterChange(round);
    }

    /**
     * A baseline with a follow-up due date promises it (audit-follow-up.bpmn starts); planning a follow-up of a baseline
     * whose follow-up is still awaited starts it. A later follow-up of the same baseline changes nothing more.
     */
    private void keepFollowUpCommitment(AuditRound round) {
        if (round.followUpDueOn() != null) {
            followUps.save(AuditFollowUp.promised(round.id(), round.followUpDueOn()));
            followUpProcess.promised(round);
        }
        if (round.purpose() == AuditRound.Purpose.FOLLOW_UP) {
            followUps.findForUpdate(round.followsRoundId()).filter(promised -> promised.status().open()).ifPresent(promised -> {
                followUps.markStarted(promised.roundId(), round.id());
                followUpProcess.started(promised.roundId());
            });
        }
    }

    /** A follow-up names the earlier round of the same borough it follows; only a follow-up does. */
    private void checkPurpose(Actor actor, RoundRequest request, List<Problem.FieldError> errors) {
        if (request.purpose() != AuditRound.Purpose.FOLLOW_UP) {
            if (request.follows() != null) {
                errors.add(new Problem.FieldError("follows", "only a follow-up follows a round"));
            }
            if (request.followUpDueOn() != null && request.purpose() != AuditRound.Purpose.BASELINE) {
                errors.add(new Problem.FieldError("followUpDueOn", "only a baseline schedules a follow-up"));
            }
            return;
        }
        if (request.follows() == null) {
            errors.add(new Problem.FieldError("follows", "a follow-up names the round it follows"));
            return;
        }
        boolean seen = rounds.findById(request.follows())
                .filter(earlier -> access.viewOf(actor, earlier, List.of()) == AuditAccess.View.WHOLE).isPresent();
        if (!seen) {
            errors.add(new Problem.FieldError("follows", "must be an earlier round of the borough"));
        }
        if (request.followUpDueOn() != null) {
            errors.add(new Problem.FieldError("followUpDueOn", "only a baseline schedules a follow-up"));
        }
    }

    /** Each named once, a person of the round's boroughs in the directory: one lookup each (a round names a few). */
    private void checkPeople(String field, List<String> named, List<String> boroughs, List<Problem.FieldError> errors) {
        var seen = new HashSet<String>();
        for (int i = 0; i < named.size(); i++) {
            String person = named.get(i);
            if (!seen.add(person)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "is named twice"));
            } else if (!people.person(person).map(p -> boroughs.contains(p.organisation())).orElse(false)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must be a person of the round's boroughs in the directory"));
            }
        }
    }
}
