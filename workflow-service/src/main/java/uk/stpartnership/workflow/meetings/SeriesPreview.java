package uk.stpartnership.workflow.meetings;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/** The next meeting days a series would have; a changed series' meetings already planned keep their days (planned). */
@Serdeable
public record SeriesPreview(List<LocalDate> planned, List<LocalDate> dates) {
}
