package uk.stpartnership.workflow.champions;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskCompleted;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The answers of the champion tasks, kept in the transaction that saves the completion, before the process moves
 * on: a nomination's step or decline (reason, who, when), a signature, a check-in, a succession done.
 */
@Singleton
class RecordChampionAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(RecordChampionAnswers.class);

    private final NominationRepository nominations;
    private final ChampionRepository champions;
    private final CheckInRepository checkIns;
    private final SuccessionRepository successions;
    private final Clock clock;

    RecordChampionAnswers(NominationRepository nominations, ChampionRepository champions, CheckInRepository checkIns,
                          SuccessionRepository successions, Clock clock) {
        this.nominations = nominations;
        this.champions = champions;
        this.checkIns = checkIns;
        this.successions = successions;
        this.clock = clock;
    }

    @EventListener
    void onTaskCompleted(TaskCompleted completed) {
        InboxTask task = completed.task();
        Map<String, Object> answers = completed.answers();
        String by = completed.completedBy().id();
        Instant now = Instant.now(clock);
        switch (task.kind()) {
            case ChampionForms.CONFIRM_INTEREST -> decide(task, answers, "interested", NominationDecline.DeclinedAs.CANDIDATE, by, now);
            case ChampionForms.ACCEPT_APPLICATION -> decide(task, answers, "accepted", NominationDecline.DeclinedAs.LEAD, by, now);
            case ChampionForms.AGREE_RELEASE_TIME -> decide(task, answers, "releaseAgreed",
                    "agree-release-time-escalated".equals(task.elementId()) ? NominationDecline.DeclinedAs.BOROUGH_LEAD
                            : NominationDecline.DeclinedAs.MANAGER, by, now);
            case ChampionForms.SIGN_AGREEMENT -> champions.signByChampion(id(task, "championId"), now);
            case ChampionForms.COUNTERSIGN_AGREEMENT -> champions.signByManager(id(task, "championId"), by, now);
            case ChampionForms.CHECK_IN -> checkIns.insertIfAbsent(task.jobKey(), id(task, "championId"), by, now, (String) answers.get("note"));
            case ChampionForms.SUCCESSION -> successions.markDone(id(task, "championId"), by, now, (String) answers.get("outcome"));
            default -> {
                return;
            }
        }
        LOG.info("Champion task {} ({}) of process instance {} recorded", task.kind(), task.elementId(), task.processInstanceKey());
    }

    /** Yes moves the nomination on (to the manager, or agreed); no ends it with the decline. */
    private void decide(InboxTask task, Map<String, Object> answers, String answer, NominationDecline.DeclinedAs as, String by, Instant now) {
        UUID nominationId = id(task, "nominationId");
        if (Boolean.TRUE.equals(answers.get(answer))) {
            nominations.changeStatus(nominationId, as == NominationDecline.DeclinedAs.CANDIDATE || as == NominationDecline.DeclinedAs.LEAD
                    ? Nomination.Status.AWAITING_MANAGER : Nomination.Status.AGREED);
        } else {
            nominations.insertDecline(nominationId, as.name(), by, (String) answers.get("reason"), now);
            nominations.changeStatus(nominationId, Nomination.Status.DECLINED);
        }
    }

    private static UUID id(InboxTask task, String variable) {
        return UUID.fromString(String.valueOf(task.context().get(variable)));
    }
}
