package uk.stpartnership.workflow.champions;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.util.List;
import java.util.Set;

/**
 * The inbox forms of the champion processes. A decline needs its reason; a signature must be given. Reasons and notes
 * stay in workflow-service (RecordChampionAnswers): the processes get the yes or no only.
 */
@Factory
class ChampionForms {

    static final String CONFIRM_INTEREST = "confirm-champion-interest";
    static final String ACCEPT_APPLICATION = "accept-champion-application";
    static final String AGREE_RELEASE_TIME = "agree-champion-release-time";
    static final String SIGN_AGREEMENT = "sign-champion-agreement";
    static final String COUNTERSIGN_AGREEMENT = "countersign-champion-agreement";
    static final String CHECK_IN = "champion-check-in";
    static final String SUCCESSION = "champion-succession";
    static final Set<String> KINDS = Set.of(CONFIRM_INTEREST, ACCEPT_APPLICATION, AGREE_RELEASE_TIME, SIGN_AGREEMENT, COUNTERSIGN_AGREEMENT,
            CHECK_IN, SUCCESSION);

    private static final List<String> NOMINATION_CONTEXT = List.of("nominationId", "candidate", "teamId");
    private static final List<String> CHAMPION_CONTEXT = List.of("championId", "candidate", "teamId");

    @Singleton
    TaskForm confirmInterest() {
        return decision(CONFIRM_INTEREST, "Confirm your interest in becoming an S&T champion", "interested",
                "Do you want to become an S&T champion?");
    }

    @Singleton
    TaskForm acceptApplication() {
        return decision(ACCEPT_APPLICATION, "Accept or decline a champion application", "accepted", "Do you accept this application?");
    }

    @Singleton
    TaskForm agreeReleaseTime() {
        return decision(AGREE_RELEASE_TIME, "Agree release time for a champion", "releaseAgreed",
                "Do you agree the release time a champion needs?");
    }

    @Singleton
    TaskForm signAgreement() {
        return signature(SIGN_AGREEMENT, "Sign your champion agreement", "I sign the champion agreement and commit to what it asks of me");
    }

    @Singleton
    TaskForm countersignAgreement() {
        return signature(COUNTERSIGN_AGREEMENT, "Sign a champion agreement as their manager",
                "I sign the champion agreement as their manager and agree their release time");
    }

    @Singleton
    TaskForm checkIn() {
        return new TaskForm(CHECK_IN, "Quarterly check-in with a champion", CHAMPION_CONTEXT,
                List.of(Field.text("note", "How is the champion getting on?", true, 2000)));
    }

    @Singleton
    TaskForm succession() {
        return new TaskForm(SUCCESSION, "Find a replacement champion for the team", CHAMPION_CONTEXT,
                List.of(Field.text("outcome", "What was done to find a replacement", true, 2000)));
    }

    /** Yes, or no with a reason. */
    private static TaskForm decision(String kind, String title, String answer, String question) {
        return new TaskForm(kind, title, NOMINATION_CONTEXT,
                List.of(Field.yesNo(answer, question), Field.text("reason", "If not, why not", false, 1000)),
                (values, context) -> Boolean.FALSE.equals(values.get(answer)) && !(values.get("reason") instanceof String)
                        ? List.of(new FieldError("reason", "is required when you decline"))
                        : List.of());
    }

    private static TaskForm signature(String kind, String title, String label) {
        return new TaskForm(kind, title, CHAMPION_CONTEXT, List.of(Field.yesNo("signed", label)),
                (values, context) -> Boolean.TRUE.equals(values.get("signed")) ? List.of()
                        : List.of(new FieldError("signed", "must be yes to sign: if something in the agreement needs changing, "
                        + "speak to the implementation lead first")));
    }
}
