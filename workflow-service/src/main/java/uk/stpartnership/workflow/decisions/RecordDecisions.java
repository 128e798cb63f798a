package uk.stpartnership.workflow.decisions;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The decision log as a meeting's minutes write and read it: the decisions taken, the ones they supersede, and a
 * meeting's decisions. Callers hold the meeting's transaction; who may record minutes is the meeting's to decide.
 */
@Singleton
public class RecordDecisions {

    private final DecisionRepository decisions;

    RecordDecisions(DecisionRepository decisions) {
        this.decisions = decisions;
    }

    /** Takes the decision, superseding the older one it names, if any (linked both ways). */
    public void record(Decision decision) {
        decisions.save(decision);
        if (decision.supersedes() != null) {
            decisions.supersede(decision.supersedes(), decision.id());
        }
    }

    public Optional<Decision> find(UUID id) {
        return decisions.findById(id);
    }

    public List<Decision> ofMeeting(UUID meetingId) {
        return decisions.findByMeetingId(meetingId);
    }
}
