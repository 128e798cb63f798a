package uk.stpartnership.uiapi.audits;

import java.util.List;

/** A borough's tables on the summary page, with a link to each of its rounds' findings. */
public record SummaryBorough(String borough, List<FindingsTable> tables, List<RoundLink> rounds) {

    public record RoundLink(String reference, String href) {
    }
}
