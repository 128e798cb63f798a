package uk.stpartnership.uiapi.reports;

/** A report's table on its page, with the link that downloads it as CSV. */
public record ShownTable(ReportTable table, String csv) {
}
