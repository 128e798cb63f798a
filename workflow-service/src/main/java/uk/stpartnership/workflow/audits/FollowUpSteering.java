package uk.stpartnership.workflow.audits;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The port to the steering group's agenda, which a missed follow-up goes on (the meetings feature implements it). */
public interface FollowUpSteering {

    /** Who the agenda item names as having added it. */
    String BY = "audit-follow-up";

    /** The next steering meeting whose agenda is still open, locked until the transaction ends; empty when none is planned. */
    Optional<SteeringMeeting> nextOpenMeeting();

    /** Adds an item for the steering group to decide on to that meeting's agenda (the caller holds its lock). */
    void addItem(UUID meetingId, String title);

    /** @param description "Steering group meeting on 10 December 2026", for people to read */
    record SteeringMeeting(UUID id, LocalDate date, String description) {
    }
}
