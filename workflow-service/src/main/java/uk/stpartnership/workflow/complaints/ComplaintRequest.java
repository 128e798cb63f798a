package uk.stpartnership.workflow.complaints;

import io.swagger.v3.oas.annotations.media.Schema;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A complaint as the complaints team records it. The complainant's name and contact only where needed; the borough
 * is the recorder's. Protected details are facts about the victim-survivor that the responses must never disclose.
 */
@Serdeable
@Introspected
public record ComplaintRequest(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotNull Complaint.Channel channel,
        @Nullable @Size(max = 200) String complainantName,
        @Nullable @Size(max = 300) String complainantContact,
        @Nullable @Email @Size(max = 254) String complainantEmail,
        @NotNull Complaint.Relationship complainantRelationship,
        @Nullable @Size(max = 20) List<@NotBlank @Size(max = 200) String> workers,
        @Nullable @Size(max = 200) String team,
        @Nullable @Valid WorkerManager workerManager,
        @Schema(description = "The linked case, by reference: never a name", example = "HK-2024-00123") @Nullable @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/_-]*", message = "must be a case reference: letters, digits, / _ -")
        String caseReference,
        @NotBlank @Size(max = 10000) String about,
        @NotNull Complaint.Answer complainantIsPersonCausingHarm,
        @Nullable @Size(max = 50) List<@NotNull @Valid ProtectedDetail> protectedDetails) {

    /** The manager of the worker(s) complained about, told so that the worker is supported. */
    @Serdeable
    @Introspected
    public record WorkerManager(@Nullable @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email) {
    }

    @Override
    public String toString() {
        return "ComplaintRequest[receivedOn=" + receivedOn + ", channel=" + channel + "]";
    }
}
