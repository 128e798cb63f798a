package uk.stpartnership.workflow.tasks.bench;

import uk.stpartnership.workflow.WorkflowServiceTestResources.Person;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Inbox tasks as real use leaves them, in bulk (one INSERT ... generate_series per step): 5% open, six boroughs, eight
 * roles with a form each, a tenth of the open tasks claimed by one of 500 people, half of the S&T reviews offered to
 * one person by name. {@link #PERSON} holds three roles in Hackney. Rows are added, never replaced, so a table grows
 * from one size to the next; statistics are left as they are until {@link #analyze()}.
 */
public final class TaskLoad {

    /** Whose tasks are listed: three roles in one borough, a few tasks claimed and a few offered by name. */
    public static final Person PERSON = new Person("person-7", "hackney", "COMPLAINTS_OFFICER,COMPLAINTS_MANAGER,ST_REVIEWER");

    @FunctionalInterface
    public interface Connections {
        Connection open() throws SQLException;
    }

    private static final String TASKS = """
            INSERT INTO inbox_task (job_key, process_instance_key, bpmn_process_id, element_id, task_kind, title, business_reference,
                                    borough, candidate_role, assignee, due_at, created_at, status, completed_by, completed_at, context)
            SELECT g.i, g.i, k.process, k.kind, k.kind, k.title, 'REF-' || g.i,
                   (ARRAY['hackney', 'newham', 'waltham-forest', 'tower-hamlets', 'redbridge', 'hammersmith-and-fulham'])[1 + floor(g.b * 6)::int],
                   k.role,
                   CASE WHEN g.open AND g.a < 0.1 THEN 'person-' || floor(g.a * 5000)::int END,
                   now() + (g.d * 120 - 60) * interval '1 day',
                   now() - (g.c * 200) * interval '1 day',
                   CASE WHEN g.open THEN 'OPEN' WHEN g.a < 0.9 THEN 'COMPLETED' ELSE 'CLOSED' END,
                   CASE WHEN NOT g.open AND g.a < 0.9 THEN 'person-' || floor(g.a * 500)::int END,
                   CASE WHEN NOT g.open THEN now() - (g.c * 100) * interval '1 day' END,
                   CASE WHEN k.process = 'complaint' THEN jsonb_build_object('complaintId', md5(g.i::text)::uuid, 'stage', 1)
                        ELSE jsonb_build_object('caseReference', 'HK-' || g.i) END
            FROM (SELECT i, random() AS b, random() < 0.05 AS open, random() AS a, random() AS d, random() AS c,
                         floor(random() * 8)::int AS k
                  FROM generate_series(?, ?) AS s(i)) g
            JOIN (VALUES (0, 'IMPLEMENTATION_LEAD', 'hold-case-consultation', 'case-consultation', 'Hold case consultation'),
                         (1, 'COMPLAINTS_OFFICER', 'acknowledge-complaint', 'complaint', 'Acknowledge the complaint'),
                         (2, 'COMPLAINTS_MANAGER', 'decide-extension', 'complaint', 'Decide on an extension'),
                         (3, 'ST_REVIEWER', 'perpetrator-proofing-review', 'complaint', 'Perpetrator-proofing review'),
                         (4, 'BOROUGH_LEAD', 'agree-worker-support', 'complaint', 'Agree support for the worker'),
                         (5, 'PROJECT_MANAGER', 'approve-minutes', 'meeting', 'Approve the minutes'),
                         (6, 'CHAMPION', 'complete-action', 'governance-action', 'Complete the action'),
                         (7, 'COMPLAINTS_OFFICER', 'respond-stage1', 'complaint', 'Respond at stage 1'))
                 AS k(n, role, kind, process, title) ON k.n = g.k""";
    private static final String OFFERS = """
            INSERT INTO inbox_offer (bpmn_process_id, business_reference, candidate_role, person_id)
            SELECT bpmn_process_id, business_reference, candidate_role, 'person-' || floor(random() * 500)::int
            FROM inbox_task WHERE job_key BETWEEN ? AND ? AND candidate_role = 'ST_REVIEWER' AND random() < 0.5
            ON CONFLICT DO NOTHING""";

    private final Connections connections;
    private long tasks;

    public TaskLoad(Connections connections) {
        this.connections = connections;
    }

    /** Adds tasks until there are {@code size}; the same seed gives the same rows. */
    public void growTo(long size) throws SQLException {
        if (size <= tasks) {
            return;
        }
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("SELECT setseed(" + (0.5 / (1 + tasks)) + ")");
            for (String sql : new String[] {TASKS, OFFERS}) {
                try (PreparedStatement insert = c.prepareStatement(sql)) {
                    insert.setLong(1, tasks + 1);
                    insert.setLong(2, size);
                    insert.executeUpdate();
                }
            }
        }
        tasks = size;
    }

    /** Fresh statistics, as autovacuum would leave them. */
    public void analyze() throws SQLException {
        try (Connection c = connections.open(); Statement s = c.createStatement()) {
            s.execute("VACUUM ANALYZE inbox_task");
            s.execute("VACUUM ANALYZE inbox_offer");
        }
    }
}
