package uk.stpartnership.uiapi.governance;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/** What the governance pages' templates show in their lists, as the pages put it together. */
public final class Rows {

    private Rows() {
    }

    /** An outcome as the minutes show it: the agenda item it came from, and the actions agreed under it. */
    public record OutcomeRow(String item, String type, String wording, @Nullable String rationale, @Nullable String decisionId,
                             List<Governance.Action> actions) {
    }

    /** A task of the person's for this meeting. */
    public record TaskLink(String key, String title) {
    }

    /** One of the lists above the table: its words, its query, and whether it is the one shown. */
    public record View(String text, String href, boolean current) {
    }
}
