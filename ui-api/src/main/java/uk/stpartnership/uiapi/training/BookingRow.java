package uk.stpartnership.uiapi.training;

/** A booking on the cohort's page; mayCancel for the person themselves and the leads. */
public record BookingRow(String id, String person, String borough, String status, boolean mayCancel) {
}
