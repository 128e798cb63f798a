package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ComplaintReviews extends GenericRepository<ComplaintReview, UUID> {

    Optional<ComplaintReview> findById(UUID complaintId);

    /** The review, once: a second completion of the same review task finds it kept. */
    @Query("""
            INSERT INTO complaint_review (complaint_id, checks, conclusion, safeguards, reviewed_by, reviewed_at)
            VALUES (:complaintId, CAST(:checks AS jsonb), :conclusion, :safeguards, :reviewedBy, :reviewedAt)
            ON CONFLICT (complaint_id) DO NOTHING""")
    void insertIfAbsent(UUID complaintId, @TypeDef(type = DataType.JSON) List<PerpetratorProofingCheck.Answered> checks,
                        Complaint.ReviewConclusion conclusion, @Nullable String safeguards, String reviewedBy, Instant reviewedAt);
}
