package uk.stpartnership.uiapi.surveys;

import java.util.List;

/** One demographic question's counts on the report: each answer's words and its count as shown. */
public record DemographicCounts(String label, List<List<String>> rows) {
}
