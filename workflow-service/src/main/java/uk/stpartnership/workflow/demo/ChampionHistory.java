package uk.stpartnership.workflow.demo;

import jakarta.inject.Singleton;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.champions.AddTeam;
import uk.stpartnership.workflow.champions.TeamRequest;

import java.util.List;

/** The team registers of the boroughs with consultations, so that coverage has teams to flag (none has a champion yet). */
@Singleton
class ChampionHistory {

    private static final List<String> BOROUGHS = List.of("hackney", "newham", "waltham-forest");
    private static final List<String> TEAMS = List.of("Assessment team", "Child protection and court team", "Children in need team",
            "Family support team");

    private final AddTeam addTeam;

    ChampionHistory(AddTeam addTeam) {
        this.addTeam = addTeam;
    }

    void load() {
        for (String borough : BOROUGHS) {
            for (String team : TEAMS) {
                addTeam.add(DemoInbox.person("implementation-lead." + borough), UncheckedBody.of(new TeamRequest(team)));
            }
        }
    }
}
