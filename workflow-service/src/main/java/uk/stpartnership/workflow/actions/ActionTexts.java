package uk.stpartnership.workflow.actions;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An action's texts, which its process never carries: what is to be done (actionTitle) and the meeting that agreed it
 * (meetingTitle). Its task shows them and its emails (letter action) give them; the owner and the borough lead are the
 * job's recipients, by id.
 */
@Singleton
class ActionTexts implements LetterSource {

    private static final Set<String> TEMPLATES = Set.of("action-reminder", "action-overdue");

    private final ActionRepository actions;
    private final ActionMeetings meetings;

    ActionTexts(ActionRepository actions, ActionMeetings meetings) {
        this.actions = actions;
        this.meetings = meetings;
    }

    /** Empty for an action that does not exist. */
    Map<String, String> of(UUID actionId) {
        return actions.findById(actionId).map(action -> Map.of("actionTitle", action.title(),
                "meetingTitle", meetings.titleOf(action.meetingId()))).orElse(Map.of());
    }

    @Override
    public String kind() {
        return "action";
    }

    @Override
    public Letter letter(UUID id, String template, UUID draftId) {
        Map<String, String> texts = of(id);
        if (!TEMPLATES.contains(template) || texts.isEmpty()) {
            throw ProblemException.notFound(texts.isEmpty() ? "Action" : "Letter");
        }
        return Letter.toJobRecipients(texts);
    }
}
