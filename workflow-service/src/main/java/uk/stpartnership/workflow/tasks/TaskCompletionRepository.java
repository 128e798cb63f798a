package uk.stpartnership.workflow.tasks;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.Optional;

/** Saved completions. A task's completion is saved under its row lock (CompleteTask), so at most one is ever saved. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface TaskCompletionRepository extends GenericRepository<TaskCompletion, Long> {

    TaskCompletion save(TaskCompletion completion);

    Optional<TaskCompletion> find(@Id long jobKey);
}
