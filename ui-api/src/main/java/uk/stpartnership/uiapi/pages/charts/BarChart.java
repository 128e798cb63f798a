package uk.stpartnership.uiapi.pages.charts;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn on the server as SVG (charts/bar-chart.jte): one group of bars per category, one bar per
 * series, the geometry worked out here so that the template only places it. Horizontal, so that long category names
 * and many categories stay readable at any width, and a count that is withheld has room for its words ("fewer than
 * 5") where its bar would be: it is never drawn as a zero. The page puts a table of the same figures beside it.
 *
 * @param id          unique on the page: the title's and description's ids start with it
 * @param title       the chart's accessible name
 * @param description what it shows and where the figures are, for people who cannot see it
 */
public record BarChart(String id, String title, String description, int width, int height, List<LegendItem> legend,
                       List<Tick> ticks, List<Group> groups, double plotLeft, double plotTop, double plotBottom) {

    /** Drawn width of the SVG's coordinate system; CSS scales it to the column. */
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 200;
    static final int RIGHT_MARGIN = 100;
    static final int LEGEND_LINE = 22;
    static final int AXIS_HEIGHT = 30;
    static final int GROUP_GAP = 12;
    /** GOV.UK Frontend's palette colours with at least 3:1 contrast on white (WCAG 1.4.11), as classes in platform.css. */
    static final int COLOURS = 6;
    static final long MIN_AXIS = 5;

    /** A count as shown: the number, or null with the words that say why not (a count withheld). */
    public record Value(@Nullable Long count, String shown) {

        public static Value of(long count) {
            return new Value(count, Long.toString(count));
        }
    }

    /** One series (a borough, an outcome): its name in the legend and one value per category. */
    public record Series(String name, List<Value> values) {
    }

    public record LegendItem(String name, String colour, double x, double y) {
    }

    /** A value on the axis, with its grid line at x. */
    public record Tick(String label, double x) {
    }

    public record Group(String label, double labelY, List<Bar> bars) {
    }

    /**
     * One bar; width 0 and {@code drawn} false where the count is withheld, so only its words show.
     *
     * @param labelX where the count's words start, past the bar's end
     */
    public record Bar(String colour, double x, double y, double width, double height, boolean drawn, String label, double labelX,
                      double labelY) {
    }

    public String titleId() {
        return id + "-title";
    }

    public String descriptionId() {
        return id + "-description";
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    public double plotRight() {
        return WIDTH - RIGHT_MARGIN;
    }

    public static BarChart of(String id, String title, String description, List<String> categories, List<Series> series) {
        for (Series one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size() + " values for "
                        + categories.size() + " categories");
            }
        }
        long largest = series.stream().flatMap(s -> s.values().stream()).filter(v -> v.count() != null)
                .mapToLong(Value::count).max().orElse(0);
        long step = step(largest);
        // Small counts on an axis to 5 at least: a count of 1 does not fill the width.
        long axisMax = Math.max(MIN_AXIS, (largest + step - 1) / step * step);
        double plotLeft = LABEL_WIDTH;
        double plotWidth = WIDTH - RIGHT_MARGIN - plotLeft;

        List<LegendItem> legend = new ArrayList<>();
        double top = 10;
        if (series.size() > 1) {
            for (int s = 0; s < series.size(); s++) {
                legend.add(new LegendItem(series.get(s).name(), colour(s), plotLeft, top + s * LEGEND_LINE));
            }
            top += series.size() * LEGEND_LINE + 6;
        }
        double barHeight = series.size() == 1 ? 24 : 16;
        double groupHeight = series.size() * barHeight + GROUP_GAP;
        List<Group> groups = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            double groupTop = top + c * groupHeight + GROUP_GAP / 2.0;
            List<Bar> bars = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                Value value = series.get(s).values().get(c);
                double y = groupTop + s * barHeight;
                double length = value.count() == null ? 0 : value.count() * plotWidth / axisMax;
                bars.add(new Bar(colour(s), plotLeft, round(y), round(length), barHeight - 2, value.count() != null && value.count() > 0,
                        value.shown(), round(plotLeft + length + 6), round(y + barHeight / 2)));
            }
            groups.add(new Group(categories.get(c), round(groupTop + series.size() * barHeight / 2.0), bars));
        }
        double plotBottom = top + categories.size() * groupHeight;
        List<Tick> ticks = new ArrayList<>();
        for (long value = 0; value <= axisMax; value += step) {
            ticks.add(new Tick(Long.toString(value), round(plotLeft + value * plotWidth / axisMax)));
        }
        return new BarChart(id, title, description, WIDTH, (int) Math.ceil(plotBottom + AXIS_HEIGHT), legend, ticks, groups,
                plotLeft, top, round(plotBottom));
    }

    /** A step of 1, 2 or 5 times a power of ten giving at most five steps up to the largest count. */
    static long step(long largest) {
        for (long power = 1; ; power *= 10) {
            for (long factor : new long[] {1, 2, 5}) {
                if (largest <= factor * power * 5) {
                    return factor * power;
                }
            }
        }
    }

    private static String colour(int series) {
        return "app-chart__bar--" + (series % COLOURS);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
