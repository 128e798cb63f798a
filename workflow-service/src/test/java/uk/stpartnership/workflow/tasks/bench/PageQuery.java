package uk.stpartnership.workflow.tasks.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** The page query of "my tasks" (page 0, 20 items) for {@link TaskLoad#PERSON}, bound as the service binds it. */
final class PageQuery {

    private static final String OFFER_OF_T = "o.bpmn_process_id = t.bpmn_process_id AND o.business_reference = t.business_reference"
            + " AND o.candidate_role = t.candidate_role";
    private static final String SELECTED = "t.job_key, t.process_instance_key, t.bpmn_process_id, t.element_id, t.task_kind, t.title,"
            + " t.business_reference, t.borough, t.candidate_role, t.assignee, t.due_at, t.created_at, t.status, t.completed_by,"
            + " t.completed_at, t.context, (SELECT o.person_id FROM inbox_offer o WHERE " + OFFER_OF_T + ") AS offered_to";
    /** main's query (before issue 10), as TaskRepository.openFor builds it. */
    static final String SQL = "SELECT * FROM ("
            + " (SELECT " + SELECTED + " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee IS NULL AND t.borough = ?"
            + "   AND t.candidate_role = ANY (?) AND NOT EXISTS (SELECT 1 FROM inbox_offer o WHERE " + OFFER_OF_T + ")"
            + "   ORDER BY t.due_at NULLS LAST, t.job_key LIMIT ?)"
            + " UNION ALL"
            + " (SELECT " + SELECTED + " FROM inbox_task t JOIN inbox_offer o ON " + OFFER_OF_T
            + "   WHERE o.person_id = ? AND t.status = 'OPEN' AND t.assignee IS NULL AND t.borough = ?"
            + "   ORDER BY t.due_at NULLS LAST, t.job_key LIMIT ?)"
            + " UNION ALL"
            + " (SELECT " + SELECTED + " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee = ?"
            + "   ORDER BY t.due_at NULLS LAST, t.job_key LIMIT ?)"
            + ") mine ORDER BY due_at NULLS LAST, job_key LIMIT ? OFFSET ?";

    private PageQuery() {
    }

    static PreparedStatement prepare(Connection c) throws SQLException {
        String person = TaskLoad.PERSON.id();
        String borough = TaskLoad.PERSON.organisation();
        PreparedStatement s = c.prepareStatement(SQL);
        s.setString(1, borough);
        s.setArray(2, c.createArrayOf("text", TaskLoad.PERSON.roles().split(",")));
        s.setInt(3, 20);
        s.setString(4, person);
        s.setString(5, borough);
        s.setInt(6, 20);
        s.setString(7, person);
        s.setInt(8, 20);
        s.setInt(9, 20);
        s.setInt(10, 0);
        return s;
    }
}
