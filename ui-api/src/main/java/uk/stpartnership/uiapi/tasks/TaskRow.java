package uk.stpartnership.uiapi.tasks;

import io.micronaut.core.annotation.Nullable;
import uk.stpartnership.uiapi.pages.govuk.Tag;

import java.util.List;

/** A row of "your tasks": the task, its due date and tag, who holds it, and whether the person may claim it or hand it back. */
public record TaskRow(String key, String title, String reference, String due, @Nullable Tag tag, String holder, boolean claimable,
                      boolean mine) {

    /** The tasks under one heading: overdue, due this week, later. */
    public record Group(String heading, List<TaskRow> rows) {
    }
}
