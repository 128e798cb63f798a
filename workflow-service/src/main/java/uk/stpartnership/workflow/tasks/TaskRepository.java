package uk.stpartnership.workflow.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The inbox: tasks, and the offers of a process's tasks for a role to one person by name. An offer is kept on its
 * tasks ({@code offered_to}) as well as in inbox_offer (for tasks yet to come); recording a task and changing an
 * offer take the offer's lock first, so neither misses the other. Callers hold the transaction.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TaskRepository extends GenericRepository<InboxTask, Long> {

    /** A page's reach (offset + size) of the open tasks of one branch of "my tasks", in the order of its index. */
    String IN_DUE_ORDER = " ORDER BY t.due_at, t.job_key LIMIT :reach";
    /** Open, unclaimed tasks of one role (r.role) in the borough that name nobody: index inbox_task_candidates. */
    String OF_MY_ROLE = " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee IS NULL AND t.offered_to IS NULL"
            + " AND t.borough = :borough AND t.candidate_role = r.role";
    /** Open, unclaimed tasks in the borough offered to the person by name: index inbox_task_offered. */
    String OFFERED_TO_ME = " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee IS NULL AND t.offered_to = :person"
            + " AND t.borough = :borough";
    /** Open tasks the person holds: index inbox_task_assignee. */
    String CLAIMED_BY_ME = " FROM inbox_task t WHERE t.status = 'OPEN' AND t.assignee = :person";
    /**
     * A person's open tasks: one index-ordered branch per role (a role = ANY (...) on the index's second column would
     * read every candidate row and sort), one for the tasks offered to them, one for those they hold; each stops at the
     * reach. A count of them reads only the indexes (PostgreSQL drops the columns it does not use).
     */
    String MY_OPEN = "SELECT c.* FROM unnest(CAST(:roles AS text[])) AS r(role)"
            + " CROSS JOIN LATERAL (SELECT t.*" + OF_MY_ROLE + IN_DUE_ORDER + ") c"
            + " UNION ALL (SELECT t.*" + OFFERED_TO_ME + IN_DUE_ORDER + ")"
            + " UNION ALL (SELECT t.*" + CLAIMED_BY_ME + IN_DUE_ORDER + ")";
    /** One page of a person's open tasks, soonest due first. */
    String MY_OPEN_PAGE = "SELECT mine.* FROM (" + MY_OPEN + ") mine ORDER BY mine.due_at, mine.job_key LIMIT :size OFFSET :offset";
    /** How many open tasks a person has, counting at most the reach in each branch. */
    String MY_OPEN_COUNT = "SELECT count(*) FROM (" + MY_OPEN + ") mine";
    /** The offer's lock, for a process's tasks for a role (a business reference each). */
    String OFFER_LOCK = "SELECT 1 FROM pg_advisory_xact_lock(hashtextextended("
            + "concat_ws('/', 'inbox_offer', :bpmnProcessId, :businessReference, :role), 0))";

    @Query(MY_OPEN_PAGE)
    List<InboxTask> openFor(String person, String borough, @TypeDef(type = DataType.STRING_ARRAY) String[] roles, int reach, int size,
                            int offset);

    @Query(MY_OPEN_COUNT)
    long countOpenFor(String person, String borough, @TypeDef(type = DataType.STRING_ARRAY) String[] roles, int reach);

    /** Records the task unless the job is already recorded; true when it was new. */
    default boolean insertIfAbsent(InboxTask task) {
        lockOffer(task.bpmnProcessId(), task.businessReference(), task.candidateRole());
        return insert(task) == 1;
    }

    /** The task with the offer its process has made for its role, if any. */
    @Query("""
            INSERT INTO inbox_task (job_key, process_instance_key, bpmn_process_id, element_id, task_kind, title, business_reference,
                                    borough, candidate_role, assignee, due_at, created_at, status, completed_by, completed_at, context,
                                    offered_to)
            VALUES (:jobKey, :processInstanceKey, :bpmnProcessId, :elementId, :kind, :title, :businessReference, :borough,
                    :candidateRole, :assignee, :dueAt, :createdAt, :status, :completedBy, :completedAt, CAST(:context AS jsonb),
                    (SELECT o.person_id FROM inbox_offer o WHERE o.bpmn_process_id = :bpmnProcessId
                       AND o.business_reference = :businessReference AND o.candidate_role = :candidateRole))
            ON CONFLICT (job_key) DO NOTHING""")
    int insert(InboxTask task);

    /** Reads the task and locks it until the transaction ends, so two completions cannot both pass. */
    @Query("SELECT * FROM inbox_task WHERE job_key = :jobKey FOR UPDATE")
    Optional<InboxTask> findForUpdate(long jobKey);

    Optional<InboxTask> find(@Id long jobKey);

    /** The person who holds the task now, or nobody (it is offered again). */
    void updateAssignee(@Id long jobKey, @Nullable String assignee);

    @Query("UPDATE inbox_task SET status = :status, completed_by = :by, completed_at = :at WHERE job_key = :jobKey")
    void finish(long jobKey, InboxTask.Status status, @Nullable String by, Instant at);

    /** The open tasks of one user task of a process instance (index inbox_task_process_instance). */
    @Query("SELECT * FROM inbox_task WHERE process_instance_key = :processInstanceKey AND element_id = :elementId AND status = 'OPEN'")
    List<InboxTask> openOf(long processInstanceKey, String elementId);

    /** The latest task of one user task of a process instance, open or not: its own due date, say. */
    @Query("""
            SELECT * FROM inbox_task WHERE process_instance_key = :processInstanceKey AND element_id = :elementId
            ORDER BY created_at DESC, job_key DESC LIMIT 1""")
    Optional<InboxTask> latestOf(long processInstanceKey, String elementId);

    /** The finished tasks of a record's processes, in the order they were done (index inbox_task_offer leads with the reference). */
    @Query("""
            SELECT * FROM inbox_task WHERE business_reference = :businessReference AND bpmn_process_id = :bpmnProcessId
            AND status = 'COMPLETED' ORDER BY completed_at, job_key""")
    List<InboxTask> completedOf(String bpmnProcessId, String businessReference);

    /** Closes the open tasks of a process instance whose path no longer waits for them (cancelled, moved, withdrawn). */
    @Query("UPDATE inbox_task SET status = 'CLOSED', completed_at = :at WHERE process_instance_key = :processInstanceKey AND status = 'OPEN'")
    int closeOpenOf(long processInstanceKey, Instant at);

    /**
     * Offers a process's tasks for a role, open and yet to come, to one person instead of the role; an open one that
     * someone else had claimed is handed back, so only that person holds it.
     */
    default void offer(String bpmnProcessId, String businessReference, String role, String personId) {
        lockOffer(bpmnProcessId, businessReference, role);
        saveOffer(bpmnProcessId, businessReference, role, personId);
        offerTasks(bpmnProcessId, businessReference, role, personId);
    }

    /** The process's tasks for the role are offered to the role again. */
    default void withdrawOffer(String bpmnProcessId, String businessReference, String role) {
        lockOffer(bpmnProcessId, businessReference, role);
        deleteOffer(bpmnProcessId, businessReference, role);
        offerTasks(bpmnProcessId, businessReference, role, null);
    }

    @Query(OFFER_LOCK)
    int lockOffer(String bpmnProcessId, @Nullable String businessReference, @Nullable String role);

    @Query("""
            INSERT INTO inbox_offer (bpmn_process_id, business_reference, candidate_role, person_id)
            VALUES (:bpmnProcessId, :businessReference, :role, :personId)
            ON CONFLICT (bpmn_process_id, business_reference, candidate_role) DO UPDATE SET person_id = EXCLUDED.person_id""")
    void saveOffer(String bpmnProcessId, String businessReference, String role, String personId);

    @Query("DELETE FROM inbox_offer WHERE bpmn_process_id = :bpmnProcessId AND business_reference = :businessReference"
            + " AND candidate_role = :role")
    void deleteOffer(String bpmnProcessId, String businessReference, String role);

    /** The tasks' offer as it now stands; an open task claimed by someone other than the person it is offered to is handed back. */
    @Query("""
            UPDATE inbox_task SET offered_to = :personId,
                   assignee = CASE WHEN status = 'OPEN' AND :personId IS NOT NULL AND assignee <> :personId THEN NULL ELSE assignee END
            WHERE business_reference = :businessReference AND bpmn_process_id = :bpmnProcessId AND candidate_role = :role""")
    void offerTasks(String bpmnProcessId, String businessReference, String role, @Nullable String personId);
}
