package uk.stpartnership.workflow.champions;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.tasks.InboxTask;
import uk.stpartnership.workflow.tasks.TaskContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What a champion task shows besides its ids: the team's name, and for a nomination the candidate's role and years. */
@Singleton
class ChampionTaskContext implements TaskContext {

    private final NominationRepository nominations;
    private final ChampionRepository champions;

    ChampionTaskContext(NominationRepository nominations, ChampionRepository champions) {
        this.nominations = nominations;
        this.champions = champions;
    }

    @Override
    public Map<String, Object> of(InboxTask task) {
        Map<String, Object> context = new LinkedHashMap<>();
        if (!ChampionForms.KINDS.contains(task.kind())) {
            return context;
        }
        if (task.context().get("nominationId") instanceof String id) {
            nominations.summary(UUID.fromString(id)).ifPresent(n -> {
                context.put("teamName", n.teamName());
                context.put("practitionerRole", n.practitionerRole());
                context.put("yearsInBorough", n.yearsInBorough());
                context.put("lineManager", n.lineManager());
            });
        } else if (task.context().get("championId") instanceof String id) {
            champions.summary(UUID.fromString(id)).ifPresent(c -> context.put("teamName", c.teamName()));
        }
        return context;
    }
}
