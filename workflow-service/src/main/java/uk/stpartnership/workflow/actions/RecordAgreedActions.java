package uk.stpartnership.workflow.actions;

import jakarta.inject.Singleton;

/** The actions a meeting's minutes agree, each with its history's first line. Callers hold the meeting's transaction. */
@Singleton
public class RecordAgreedActions {

    private final ActionRepository actions;

    RecordAgreedActions(ActionRepository actions) {
        this.actions = actions;
    }

    /** Keeps the action, recorded by the person, with the note its history starts with ("Agreed at the ..."). */
    public void record(Action action, String recordedBy, String note) {
        actions.save(action);
        actions.addHistory(ActionHistory.of(action.id(), action.createdAt(), ActionHistory.Event.CREATED, recordedBy, note));
    }
}
