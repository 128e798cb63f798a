package uk.stpartnership.uiapi.pages.charts;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bar chart's geometry, and its SVG: named and described for assistive technology, a withheld count in words, no style attribute. */
class BarChartTest {

    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private final BarChart chart = BarChart.of("test-chart", "Consultations per month", "A bar per borough per month.",
            List.of("October 2026", "November 2026"), List.of(
                    new BarChart.Series("Hackney", List.of(BarChart.Value.of(4), BarChart.Value.of(7))),
                    new BarChart.Series("Newham", List.of(new BarChart.Value(null, "fewer than 5"), BarChart.Value.of(0)))));

    @Test
    void theAxisStepsInOnesTwosOrFivesToTheLargestCount() {
        assertThat(BarChart.step(0)).isEqualTo(1);
        assertThat(BarChart.step(5)).isEqualTo(1);
        assertThat(BarChart.step(7)).isEqualTo(2);
        assertThat(BarChart.step(23)).isEqualTo(5);
        assertThat(BarChart.step(350)).isEqualTo(100);
        assertThat(chart.ticks()).extracting(BarChart.Tick::label).containsExactly("0", "2", "4", "6", "8");
        assertThat(chart.ticks().getFirst().x()).isEqualTo(chart.plotLeft());
        assertThat(chart.ticks().getLast().x()).isEqualTo(chart.plotRight());
    }

    @Test
    void eachBarIsAsLongAsItsCountOnTheAxisAndAWithheldCountHasNoBar() {
        double perUnit = (chart.plotRight() - chart.plotLeft()) / 8;
        List<BarChart.Bar> october = chart.groups().getFirst().bars();
        assertThat(october.get(0).width()).isCloseTo(4 * perUnit, org.assertj.core.data.Offset.offset(0.1));
        assertThat(october.get(0).drawn()).isTrue();
        assertThat(october.get(1).drawn()).isFalse();
        assertThat(october.get(1).label()).isEqualTo("fewer than 5");
        assertThat(october.get(1).labelX()).isGreaterThan(chart.plotLeft());
        List<BarChart.Bar> november = chart.groups().get(1).bars();
        assertThat(november.get(0).width()).isCloseTo(7 * perUnit, org.assertj.core.data.Offset.offset(0.1));
        assertThat(november.get(1).label()).isEqualTo("0");
        // Bars of a group sit one under the other, groups below the legend, the axis below them all.
        assertThat(october.get(1).y()).isGreaterThan(october.get(0).y());
        assertThat(november.get(0).y()).isGreaterThan(october.get(1).y() + october.get(1).height());
        assertThat(chart.plotTop()).isGreaterThan(chart.legend().getLast().y());
        assertThat(chart.height()).isGreaterThan((int) chart.plotBottom());
        assertThat(october).extracting(BarChart.Bar::colour).containsExactly("app-chart__bar--0", "app-chart__bar--1");
    }

    @Test
    void oneSeriesNeedsNoLegendAndSmallCountsDoNotFillTheWidth() {
        BarChart single = BarChart.of("one", "t", "d", List.of("A"), List.of(new BarChart.Series("Hackney", List.of(BarChart.Value.of(1)))));
        assertThat(single.legend()).isEmpty();
        assertThat(single.ticks()).as("small counts on an axis to 5").extracting(BarChart.Tick::label).containsExactly("0", "1", "2", "3", "4", "5");
        assertThatThrownBy(() -> BarChart.of("bad", "t", "d", List.of("A", "B"), List.of(new BarChart.Series("x", List.of(BarChart.Value.of(1))))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSvgIsAnImageNamedByItsTitleAndDescribedByItsDescription() {
        StringOutput output = new StringOutput();
        TEMPLATES.render("charts/bar-chart.jte", Map.of("chart", chart), output);
        Document html = Jsoup.parse(output.toString(), "", Parser.htmlParser());
        Element svg = html.selectFirst("svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.attr("viewBox")).isEqualTo("0 0 640 " + chart.height());
        assertThat(html.getElementById(svg.attr("aria-labelledby")).text()).isEqualTo("Consultations per month");
        assertThat(html.getElementById(svg.attr("aria-labelledby")).tagName()).isEqualTo("title");
        assertThat(html.getElementById(svg.attr("aria-describedby")).text()).isEqualTo("A bar per borough per month.");
        assertThat(svg.child(0).tagName()).as("the title first, as SVG wants it").isEqualTo("title");
        // Two legend swatches and two bars: the withheld count and the zero draw none; every count is also in words.
        assertThat(svg.select("rect.app-chart__bar--0, rect.app-chart__bar--1").size()).isEqualTo(2 + 2);
        assertThat(svg.select("text.app-chart__text--value").eachText()).containsExactly("4", "fewer than 5", "7", "0");
        assertThat(svg.select("text").eachText()).contains("Hackney", "Newham", "October 2026", "November 2026", "0", "8");
        assertThat(html.select("[style]")).as("no inline style (the pages' CSP)").isEmpty();
        Element bar = svg.selectFirst("rect.app-chart__bar--0[width]:not([width=14])");
        assertThat(bar.attr("x")).isEqualTo(Double.toString(chart.plotLeft()));
    }
}
