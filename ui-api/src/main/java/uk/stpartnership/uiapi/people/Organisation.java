package uk.stpartnership.uiapi.people;

/** A borough or the delivery partner. {@code nation} decides whose bank holidays are not working days. */
public record Organisation(String id, String displayName, String nation) {
}
