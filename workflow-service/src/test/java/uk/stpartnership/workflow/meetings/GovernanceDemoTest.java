package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import uk.stpartnership.workflow.WorkflowServiceTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.listing.PageRequest;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** In local mode the three London groups are there once, started like any series. */
@MicronautTest(transactional = false, environments = "local")
class GovernanceDemoTest extends WorkflowServiceTest {

    @Override
    protected boolean workersEnabled() {
        return false;
    }

    /** The demo history (DemoHistoryTest's) works tasks, which need the workers. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("platform.demo-history", "false");
        return properties;
    }

    @Inject
    GovernanceDemo demo;
    @Inject
    MeetingSeriesRepository series;

    @Test
    void theThreeLondonGroupsOnce() {
        demo.seed(null);
        var all = series.visibleTo(new Actor("evaluator.respect", "respect", Set.of(Role.EVALUATOR)), new PageRequest(0, 10).pageable()).getContent();
        assertThat(all).extracting(MeetingSeries::title).containsExactly("Operational group", "Performance management group", "Steering group");
        MeetingSeries operational = all.get(0);
        assertThat(operational.cadence()).isEqualTo(Cadence.weekly(2, DayOfWeek.TUESDAY));
        assertThat(operational.startTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(operational.chair()).isEqualTo("project-manager.respect");
        assertThat(operational.members()).hasSize(14).contains(Member.person("project-manager.respect"),
                Member.role("BOROUGH_LEAD", "hammersmith-and-fulham"), Member.role("IMPLEMENTATION_LEAD", "redbridge"),
                Member.role("EVALUATOR", "respect"));
        MeetingSeries steering = all.get(2);
        assertThat(steering.cadence()).isEqualTo(Cadence.monthly(2, DayOfWeek.THURSDAY));
        assertThat(steering.group()).isEqualTo(Group.STEERING);
        assertThat(steering.members()).hasSize(9).contains(Member.role("STEERING_GROUP_MEMBER", "respect"))
                .doesNotContain(Member.role("IMPLEMENTATION_LEAD", "hackney"));
        assertThat(all.get(1).members()).containsExactly(Member.person("project-manager.respect"),
                Member.role("IMPLEMENTATION_LEAD", "respect"), Member.role("EVALUATOR", "respect"));
        // Each series' process starts after its commit, through the outbox.
        eventually(() -> resources.engine().startedInstances("meeting-series").size(), n -> n == 3);
    }
}
