package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.governance.Group;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Local mode only: the three London governance groups, set up once (when there is no series yet) through the
 * same use case as the project manager's. After the server has started, so that the models are deployed, and
 * again a little later while ui-api's people directory (which checks the chair and members) is still starting.
 * Then tells the demo history (DemoGroupsReady), which needs the groups.
 */
@Singleton
@Requires(env = "local")
class GovernanceDemo {

    private static final Logger LOG = LoggerFactory.getLogger(GovernanceDemo.class);
    private static final String CHAIR = "project-manager.respect";
    private static final String DELIVERY_PARTNER = "respect";
    private static final List<String> BOROUGHS = List.of("hackney", "waltham-forest", "newham", "tower-hamlets", "redbridge",
            "hammersmith-and-fulham");
    private static final Actor SYSTEM = new Actor("system", DELIVERY_PARTNER, Set.of(Role.PROJECT_MANAGER));

    private static final Duration DIRECTORY_WAIT = Duration.ofSeconds(5);

    private final MeetingSeriesRepository series;
    private final CreateMeetingSeries createMeetingSeries;
    private final TaskScheduler scheduler;
    private final ApplicationEventPublisher<DemoGroupsReady> ready;

    GovernanceDemo(MeetingSeriesRepository series, CreateMeetingSeries createMeetingSeries,
                   @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler, ApplicationEventPublisher<DemoGroupsReady> ready) {
        this.series = series;
        this.createMeetingSeries = createMeetingSeries;
        this.scheduler = scheduler;
        this.ready = ready;
    }

    @EventListener
    void seed(ServerStartupEvent event) {
        seedOrWait();
    }

    private void seedOrWait() {
        try {
            seedOnce();
            ready.publishEvent(new DemoGroupsReady());
        } catch (ProblemException e) {
            if (e.status() != HttpStatus.SERVICE_UNAVAILABLE) {
                throw e;
            }
            LOG.info("The people directory is not answering yet: the demo governance groups are set up in {}", DIRECTORY_WAIT);
            scheduler.schedule(DIRECTORY_WAIT, this::seedOrWait);
        }
    }

    private void seedOnce() {
        if (series.count() > 0) {
            return;
        }
        List<Member> operational = members(List.of(Role.BOROUGH_LEAD, Role.IMPLEMENTATION_LEAD));
        operational.add(Member.role(Role.EVALUATOR.name(), DELIVERY_PARTNER));
        List<Member> steering = members(List.of(Role.BOROUGH_LEAD));
        steering.add(Member.role(Role.STEERING_GROUP_MEMBER.name(), DELIVERY_PARTNER));
        steering.add(Member.role(Role.EVALUATOR.name(), DELIVERY_PARTNER));
        List<Member> performance = new ArrayList<>(List.of(Member.person(CHAIR),
                Member.role(Role.IMPLEMENTATION_LEAD.name(), DELIVERY_PARTNER), Member.role(Role.EVALUATOR.name(), DELIVERY_PARTNER)));
        create("Operational group", Group.OPERATIONAL, Cadence.weekly(2, DayOfWeek.TUESDAY), "10:00", 90, operational, 5);
        create("Steering group", Group.STEERING, Cadence.monthly(2, DayOfWeek.THURSDAY), "14:00", 120, steering, 4);
        create("Performance management group", Group.PERFORMANCE, Cadence.weekly(2, DayOfWeek.WEDNESDAY), "11:00", 60, performance, 3);
        LOG.info("Demo governance groups set up");
    }

    /** The chair, and the given roles in every borough. */
    private static List<Member> members(List<Role> boroughRoles) {
        List<Member> members = new ArrayList<>(List.of(Member.person(CHAIR)));
        for (String borough : BOROUGHS) {
            boroughRoles.forEach(role -> members.add(Member.role(role.name(), borough)));
        }
        return members;
    }

    private void create(String title, Group group, Cadence cadence, String startTime, int durationMinutes, List<Member> members, int quorum) {
        createMeetingSeries.create(SYSTEM, new MeetingSeriesRequest(title, group, cadence, startTime, durationMinutes,
                "Microsoft Teams (link in the agenda pack)", CHAIR, DELIVERY_PARTNER, members, 5, 2, 5, quorum, null));
    }
}
