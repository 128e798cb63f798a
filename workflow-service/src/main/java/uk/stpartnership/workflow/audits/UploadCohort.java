package uk.stpartnership.workflow.audits;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The round's lead uploads its cohort: the file is read (CohortFile: case references only), the sample and its
 * moderated share are drawn from the round's seed, and the sampled cases are shared out among the auditors in turn,
 * the moderated ones among the moderators, never to the case's own auditor. Once drawn the sample stays: a second
 * upload is refused. A refused file stores nothing. Once the sample is committed, the round's process starts (AuditProcesses).
 */
@Singleton
public class UploadCohort {

    private static final Logger LOG = LoggerFactory.getLogger(UploadCohort.class);

    private final AuditRoundRepository rounds;
    private final AuditAccess access;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final ViewAuditRounds view;
    private final AuditProcesses processes;
    private final Clock clock;
    private final double moderatedShare;
    private final int moderatedAtLeast;

    UploadCohort(AuditRoundRepository rounds, AuditAccess access, RequestValidator validator, AuditLog auditLog, ViewAuditRounds view,
                 AuditProcesses processes, Clock clock, @Value("${audits.moderation.share}") double moderatedShare,
                 @Value("${audits.moderation.at-least}") int moderatedAtLeast) {
        this.rounds = rounds;
        this.access = access;
        this.validator = validator;
        this.auditLog = auditLog;
        this.view = view;
        this.processes = processes;
        this.clock = clock;
        this.moderatedShare = moderatedShare;
        this.moderatedAtLeast = moderatedAtLeast;
    }

    @Transactional
    public RoundView upload(Actor actor, UUID id, UncheckedBody<CohortUpload> body) {
        AuditRound round = rounds.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("Audit round"));
        List<AuditRoundMember> members = rounds.membersOf(id);
        if (access.viewOf(actor, round, members) == AuditAccess.View.NONE) {
            throw ProblemException.notFound("Audit round");
        }
        access.checkRuns(actor, round.borough());
        if (round.status() != AuditRound.Status.PLANNED) {
            throw ProblemException.conflict("The cohort is uploaded and the sample drawn already: the sample stays as it was drawn");
        }
        CohortUpload upload = UncheckedBody.readOrNull(body);
        if (upload == null) {
            throw ProblemException.badField("body", "must hold the cohort file");
        }
        validator.check(upload);
        List<CohortCase> cohort = CohortFile.read(upload.file().getBytes(StandardCharsets.UTF_8));
        if (cohort.size() < round.sampleSize()) {
            throw ProblemException.badField(CohortFile.FIELD, "holds " + cohort.size() + " cases, fewer than the round's sample of "
                    + round.sampleSize());
        }
        List<CohortCase> sample = CaseSample.draw(cohort, round.sampleSize(), round.seed(), round.byTeam());
        Set<String> moderated = CaseSample.moderated(sample, moderatedShare, moderatedAtLeast, round.seed()).stream()
                .map(CohortCase::caseReference).collect(Collectors.toSet());
        Map<String, String> auditors = shareOut(sample, AuditRoundMember.people(members, AuditRoundMember.Part.AUDITOR));
        Map<String, String> moderators = new HashMap<>();
        List<String> moderatorsInTurn = AuditRoundMember.people(members, AuditRoundMember.Part.MODERATOR);
        int turn = 0;
        for (CohortCase sampled : sample) {
            if (moderated.contains(sampled.caseReference())) {
                // Planning made sure each auditor has a moderator other than themselves: the loop ends within one turn round.
                while (moderatorsInTurn.get(turn % moderatorsInTurn.size()).equals(auditors.get(sampled.caseReference()))) {
                    turn++;
                }
                moderators.put(sampled.caseReference(), moderatorsInTurn.get(turn++ % moderatorsInTurn.size()));
            }
        }
        store(round, cohort, auditors, moderators);
        AuditRound sampled = rounds.update(round.sampled(Instant.now(clock)));
        processes.roundSampled(sampled, rounds.sampleOf(id));
        auditLog.record(actor, AuditLog.Action.UPDATE, new AuditLog.Entry("audit-round", id.toString(), null).changing(List.of(
                new AuditLog.Change("cohort", null, cohort.size() + " cases"),
                new AuditLog.Change("sample", null, sample.size() + " cases, " + moderated.size() + " moderated"))));
        LOG.info("Audit round {}: {} cases in the cohort, {} sampled, {} moderated", round.reference(), cohort.size(), sample.size(),
                moderated.size());
        return view.afterChange(sampled);
    }

    /** The sample in case-reference order, dealt to the auditors in the round's order. */
    private static Map<String, String> shareOut(List<CohortCase> sample, List<String> auditors) {
        Map<String, String> shared = new HashMap<>();
        for (int i = 0; i < sample.size(); i++) {
            shared.put(sample.get(i).caseReference(), auditors.get(i % auditors.size()));
        }
        return shared;
    }

    private void store(AuditRound round, List<CohortCase> cohort, Map<String, String> auditors, Map<String, String> moderators) {
        List<String> references = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        List<String> trainings = new ArrayList<>();
        List<String> closedOn = new ArrayList<>();
        List<String> auditorOf = new ArrayList<>();
        List<String> moderatorOf = new ArrayList<>();
        for (CohortCase c : cohort) {
            references.add(c.caseReference());
            teams.add(c.team());
            trainings.add(c.workerTraining() == null ? null : c.workerTraining().name());
            closedOn.add(Objects.toString(c.closedOn(), null));
            auditorOf.add(auditors.get(c.caseReference()));
            moderatorOf.add(moderators.get(c.caseReference()));
        }
        rounds.addCases(round.id(), references, teams, trainings, closedOn, auditorOf, moderatorOf);
    }

}
