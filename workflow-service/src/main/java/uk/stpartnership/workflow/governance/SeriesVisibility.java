package uk.stpartnership.workflow.governance;

import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.Role;

import java.util.List;

/**
 * Who sees a meeting series, in SQL (MeetingSeries.visibleTo in Java): everyone when :everyone (a partnership-wide
 * role), else the chair, and members by person or by a role in their organisation. The parameters are :everyone,
 * :actorId, :organisation and :roles (a text array).
 */
public final class SeriesVisibility {

    private static final String CHAIR = "(:everyone OR EXISTS (SELECT 1 FROM meeting_series vs WHERE vs.id = ";
    private static final String MEMBER = " AND vs.chair = :actorId) OR EXISTS (SELECT 1 FROM meeting_series_member vm WHERE vm.series_id = ";
    private static final String END = " AND (vm.person_id = :actorId OR (vm.organisation = :organisation AND vm.role = ANY (CAST(:roles AS text[]))))))";

    /** The condition on a series aliased s. */
    public static final String OF_SERIES = CHAIR + "s.id" + MEMBER + "s.id" + END;

    /** The condition on the series of a decision aliased d. */
    public static final String OF_DECISION = CHAIR + "d.series_id" + MEMBER + "d.series_id" + END;

    private SeriesVisibility() {
    }

    /** The roles a person holds, as the condition's :roles. */
    public static List<String> roles(Actor actor) {
        return actor.roles().stream().map(Role::name).toList();
    }
}
