package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The perpetrator-proofing review as stored: one per complaint, its checks as JSON. */
@MappedEntity("complaint_review")
record ComplaintReview(@Id UUID complaintId,
                       @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") List<PerpetratorProofingCheck.Answered> checks,
                       Complaint.ReviewConclusion conclusion, @Nullable String safeguards, String reviewedBy, Instant reviewedAt) {

    ComplaintDetail.Review review() {
        return new ComplaintDetail.Review(checks, conclusion, safeguards, reviewedBy, reviewedAt);
    }
}
