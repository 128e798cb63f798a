package uk.stpartnership.uiapi.pages.govuk;

import io.micronaut.core.annotation.Nullable;

/** One row of a task list: its title linking to {@code href}, a hint under it, and its status as a tag or as text. */
public record TaskListItem(String title, String href, @Nullable String hint, @Nullable Tag status, @Nullable String statusText) {
}
