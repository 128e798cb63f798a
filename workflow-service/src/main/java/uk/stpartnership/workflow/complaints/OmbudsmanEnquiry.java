package uk.stpartnership.workflow.complaints;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.UUID;

/** An enquiry from the Local Government and Social Care Ombudsman about a complaint, and its decision once known. */
@Serdeable
@Introspected
public record OmbudsmanEnquiry(UUID id, String reference, LocalDate receivedOn, @Nullable Decision decision, @Nullable LocalDate decidedOn) {

    public enum Decision { NOT_INVESTIGATED, NO_FAULT, FAULT_NO_INJUSTICE, FAULT_AND_INJUSTICE, UPHELD_REMEDY }
}
