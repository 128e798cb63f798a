package uk.stpartnership.uiapi.training;

import uk.stpartnership.uiapi.pages.govuk.Choice;

import java.util.List;

/** A day held, with everyone holding a place as a checkbox. */
public record AttendanceDay(int dayNumber, String legend, List<Choice> people) {
}
