package uk.stpartnership.uiapi.training;

import uk.stpartnership.uiapi.pages.govuk.Tag;

import java.util.List;

/** A pathway on a person's training record page: whether it is complete, and each course with the day it was done. */
public record PathwayShown(String name, Tag tag, List<List<String>> courses) {
}
