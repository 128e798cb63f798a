package uk.stpartnership.uiapi.surveys;

import uk.stpartnership.uiapi.pages.charts.BarChart;

import java.util.List;

/** A course's answers per score on the report: the confidence chart and a table of both questions. */
public record ScoreDistribution(String courseName, BarChart chart, List<String> head, List<List<String>> rows, List<Boolean> numeric) {
}
