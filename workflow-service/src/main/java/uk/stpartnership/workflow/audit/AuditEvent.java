package uk.stpartnership.workflow.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;

/** An audit entry as stored; {@code about} holds every record whose trail shows it, as "kind:id". */
@MappedEntity("audit_event")
record AuditEvent(@Id @GeneratedValue @Nullable Long id, Instant at, String actorId, String actorOrganisation, AuditLog.Action action,
                  String recordType, @Nullable String recordId,
                  @Nullable @TypeDef(type = DataType.STRING_ARRAY) List<String> recordIds,
                  @Nullable @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") List<AuditLog.Change> changes,
                  @Nullable String route, @Nullable Integer refused,
                  @TypeDef(type = DataType.STRING_ARRAY) List<String> about, @Nullable String caseReference) {

    AuditLog.Event event() {
        return new AuditLog.Event(at, actorId, actorOrganisation, action, recordType, recordId,
                recordIds == null ? List.of() : recordIds, changes == null ? List.of() : changes, route, refused);
    }
}
