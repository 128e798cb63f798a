package uk.stpartnership.workflow.meetings;

import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.util.List;

/**
 * The SQL form of {@link MeetingSeries#visibleTo} for a person without a partnership-wide role (who sees every
 * series): the chair, and members by person or by a role in their organisation.
 */
public final class SeriesVisibility {

    private SeriesVisibility() {
    }

    /** A condition on the series whose id column is given; bind {@link #parameters} in its place. */
    public static String condition(String seriesIdColumn) {
        return "(EXISTS (SELECT 1 FROM meeting_series vs WHERE vs.id = " + seriesIdColumn + " AND vs.chair = ?)"
                + " OR EXISTS (SELECT 1 FROM meeting_series_member vm WHERE vm.series_id = " + seriesIdColumn
                + " AND (vm.person_id = ? OR (vm.organisation = ? AND vm.role = ANY (?)))))";
    }

    public static List<Object> parameters(Actor actor) {
        return List.of(actor.id(), actor.id(), actor.organisation(), actor.roles().stream().map(Role::name).toList());
    }
}
