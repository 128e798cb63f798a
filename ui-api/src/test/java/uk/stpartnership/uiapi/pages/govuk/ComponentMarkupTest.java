package uk.stpartnership.uiapi.pages.govuk;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.stpartnership.uiapi.pages.Page;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each of the pages' GOV.UK components, given the options of one of GOV.UK Frontend's own examples, gives the HTML
 * its Nunjucks macro gives for that example (the fixtures in the govuk-frontend jar), element for element and
 * attribute for attribute, whitespace aside.
 */
class ComponentMarkupTest {

    private static final String COMPONENTS = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/components/";
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final JsonMapper JSON = JsonMapper.createDefault();

    static Stream<Arguments> examples() {
        List<Choice> yesNo = List.of(new Choice("yes", "Yes", false), new Choice("no", "No", false));
        List<Choice> nationalities = List.of(new Choice("british", "British", false), new Choice("irish", "Irish", false),
                new Choice("other", "Citizen of another country", false));
        return Stream.of(
                Arguments.of("tag", "default", "tag", Map.of("tag", new Tag("Alpha", null))),
                Arguments.of("tag", "red", "tag", Map.of("tag", new Tag("Red", "red"))),
                Arguments.of("summary-list", "with falsy values", "summary-list", Map.of("rows", List.of(
                        new SummaryRow("Name", "Firstname Lastname"), new SummaryRow("Name 2", "Firstname2 Lastname2")))),
                Arguments.of("error-summary", "default", "error-summary", Map.of("errors", List.of(
                        new ErrorLink("#example-error-1", "The date your passport was issued must be in the past"),
                        new ErrorLink("#example-error-2", "Enter a postcode, like AA1 1AA")))),
                Arguments.of("radios", "with hint", "radios", Map.of("idPrefix", "example-with-hint", "name", "example-with-hint",
                        "legend", "Have you changed your name?", "items", yesNo,
                        "hint", "This includes changing your last name or spelling your name differently.")),
                Arguments.of("radios", "with fieldset and error message", "radios", Map.of("idPrefix", "example", "name", "example",
                        "legend", "Have you changed your name?", "error", "Please select an option",
                        "items", List.of(new Choice("yes", "Yes", false), new Choice("no", "No", true)))),
                Arguments.of("checkboxes", "default", "checkboxes", Map.of("idPrefix", "nationality", "name", "nationality",
                        "legend", "What is your nationality?", "items", nationalities)),
                Arguments.of("checkboxes", "with hint", "checkboxes", Map.of("idPrefix", "nationality", "name", "nationality",
                        "legend", "What is your nationality?", "items", nationalities, "hint", "Select all that apply")),
                Arguments.of("date-input", "default", "date-input", Map.of("id", "dob", "namePrefix", "",
                        "legend", "What is your date of birth?", "hint", "For example, 31 3 1980")),
                Arguments.of("select", "error", "select", Map.of("id", "select-with-error", "name", "select-with-error",
                        "label", "Label text goes here", "error", "Error message", "items", List.of(
                                new Choice("1", "GOV.UK frontend option 1", false), new Choice("2", "GOV.UK frontend option 2", false)))),
                Arguments.of("file-upload", "with hint text", "file-upload", Map.of("id", "file-upload-2", "name", "file-upload-2",
                        "label", "Upload your photo",
                        "hint", "Your photo may be in your Pictures, Photos, Downloads or Desktop folder. Or in an app like iPhoto.")),
                Arguments.of("file-upload", "error", "file-upload", Map.of("id", "file-upload-with-error", "name", "file-upload-with-error",
                        "label", "Upload a file", "error", "Error message")),
                Arguments.of("input", "default", "input", Map.of("id", "test-name", "name", "test-name", "label", "National Insurance number")),
                Arguments.of("textarea", "default", "textarea", Map.of("id", "more-detail", "name", "more-detail", "label", "Can you provide more detail?")),
                Arguments.of("textarea", "with error message", "textarea", Map.of("id", "no-ni-reason", "name", "no-ni-reason",
                        "label", "Why can’t you provide a National Insurance number?", "error", "You must provide an explanation")),
                Arguments.of("warning-text", "default", "warning-text", Map.of("text", "You can be fined up to £5,000 if you don’t register.")),
                Arguments.of("panel", "default", "panel", Map.of("title", "Application complete", "body", "Your reference number: HDJ2123F")),
                Arguments.of("notification-banner", "default", "notification-banner", Map.of("heading", "This publication was withdrawn on 7 March 2014.")),
                Arguments.of("notification-banner", "with type as success", "notification-banner", Map.of("heading", "Email sent to example@email.com", "success", true)),
                Arguments.of("pagination", "default", "pagination", Map.of("pagination", new Pagination("/previous", "/next", List.of(
                        new Pagination.Item(1, "/page/1", false), new Pagination.Item(2, "/page/2", true), new Pagination.Item(3, "/page/3", false))))),
                Arguments.of("table", "default", "table", Map.of("rows", List.of(List.of("January", "£85", "£95"),
                        List.of("February", "£75", "£55"), List.of("March", "£165", "£125")), "numeric", List.of(false, true, true))),
                Arguments.of("task-list", "default", "task-list", Map.of("items", List.of(
                        new TaskListItem("Company Directors", "#", null, null, "Completed"),
                        new TaskListItem("Registered company details", "#", null, new Tag("Incomplete", "blue"), null),
                        new TaskListItem("Business plan", "#", null, new Tag("Incomplete", "blue"), null)))));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void matches_govuk_frontends_own_markup(String component, String example, String template, Map<String, Object> params) throws IOException {
        StringOutput ours = new StringOutput();
        TEMPLATES.render("govuk/" + template + ".jte", params, ours);

        assertThat(shape(ours.toString())).isEqualTo(shape(fixture(component, example)));
    }

    /**
     * The header without GOV.UK's crown and logotype: they are for services on GOV.UK only, and a council's service
     * must not use them. The rest is the macro's, for a product name.
     */
    @Test
    void the_header_is_govuk_frontends_without_the_govuk_logo() throws IOException {
        StringOutput ours = new StringOutput();
        TEMPLATES.render("govuk/header.jte", Map.of("productName", "Product Name"), ours);
        Document fixture = Jsoup.parseBodyFragment(fixture("header", "with product name"));
        fixture.select("svg").remove();

        assertThat(shape(ours.toString())).isEqualTo(shape(fixture.body().html()));
    }

    /**
     * The service navigation with its current item; the sign-out form goes in its end slot, which makes the macro
     * draw a labelled section rather than a div (its example "with slotted content").
     */
    @Test
    void the_service_navigation_is_govuk_frontends_with_a_labelled_section() throws IOException {
        StringOutput ours = new StringOutput();
        TEMPLATES.render("govuk/service-navigation.jte", Map.of("navigation", List.of(new Page.NavigationItem("Navigation item 1", "#/1", false),
                new Page.NavigationItem("Navigation item 2", "#/2", true), new Page.NavigationItem("Navigation item 3", "#/3", false),
                new Page.NavigationItem("Navigation item 4", "#/4", false))), ours);
        Document fixture = Jsoup.parseBodyFragment(fixture("service-navigation", "with navigation with an active item"));
        Element root = fixture.selectFirst(".govuk-service-navigation");
        root.tagName("section").attr("aria-label", Jsoup.parseBodyFragment(fixture("service-navigation", "with slotted content"))
                .selectFirst("section").attr("aria-label"));

        assertThat(shape(ours.toString())).isEqualTo(shape(fixture.body().html()));
    }

    /** The HTML GOV.UK Frontend's macro gives for the named example of the component. */
    private static String fixture(String component, String example) throws IOException {
        try (InputStream in = ComponentMarkupTest.class.getClassLoader().getResourceAsStream(COMPONENTS + component + "/fixtures.json")) {
            assertThat(in).as("fixtures of %s", component).isNotNull();
            for (JsonNode fixture : JSON.readValue(in, JsonNode.class).get("fixtures").values()) {
                if (fixture.get("name").getStringValue().equals(example)) {
                    return fixture.get("html").getStringValue();
                }
            }
        }
        throw new AssertionError("GOV.UK Frontend has no example '" + example + "' of " + component);
    }

    /** Elements with their attributes (class as a set of names) and texts with whitespace collapsed, one per line. */
    private static String shape(String html) {
        StringBuilder shape = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().childNodes().forEach(node -> describe(node, 0, shape));
        return shape.toString();
    }

    private static void describe(Node node, int depth, StringBuilder shape) {
        if (node instanceof TextNode text) {
            String words = text.text().replaceAll("\\s+", " ").strip();
            if (!words.isEmpty()) {
                shape.append("  ".repeat(depth)).append('"').append(words).append("\"\n");
            }
            return;
        }
        if (!(node instanceof Element element)) {
            return;
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Attribute attribute : element.attributes()) {
            String value = attribute.getKey().equals("class")
                    ? new TreeSet<>(Arrays.asList(attribute.getValue().trim().split("\\s+"))).stream().collect(Collectors.joining(" "))
                    : attribute.getValue();
            attributes.put(attribute.getKey(), value);
        }
        shape.append("  ".repeat(depth)).append('<').append(element.tagName()).append(' ').append(attributes).append(">\n");
        element.childNodes().forEach(child -> describe(child, depth + 1, shape));
    }
}
