package uk.stpartnership.bpmn;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Camunda Modeler shows first of a model: its process and every subprocess drawn expanded on that page, inside
 * each other; a collapsed subprocess is one box there, its contents on a page of its own. A main page a complaints
 * manager can follow holds about 80 flow elements (issue 10 §4): flow nodes and sequence flows, boundary events
 * included.
 */
class MainPageTest {

    private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final int COMPLAINT_MAIN_PAGE_AT_MOST = 80;

    /** A flow element's local name: events, tasks, gateways, activities, and the flows between them. */
    private static boolean flowElement(String name) {
        return name.endsWith("Event") || name.endsWith("Task") || name.endsWith("Gateway") || name.equals("task")
                || name.equals("subProcess") || name.equals("transaction") || name.equals("callActivity")
                || name.equals("sequenceFlow");
    }

    @Test
    void theComplaintModelsMainPageIsOneAManagerCanFollow() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path model : models()) {
            counts.put(model.getFileName().toString(), mainPage(model));
        }
        counts.forEach((model, count) -> System.out.printf("%s: %d flow elements on the main page%n", model, count));
        assertThat(counts).containsKey("complaint.bpmn");
        assertThat(counts.get("complaint.bpmn")).isLessThanOrEqualTo(COMPLAINT_MAIN_PAGE_AT_MOST);
    }

    private static List<Path> models() throws URISyntaxException, IOException {
        Path folder = Path.of(Objects.requireNonNull(MainPageTest.class.getClassLoader().getResource("bpmn")).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    private static int mainPage(Path model) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document;
        try (InputStream in = Files.newInputStream(model)) {
            document = factory.newDocumentBuilder().parse(in);
        }
        Set<String> expanded = new HashSet<>();
        var shapes = document.getElementsByTagNameNS(BPMNDI, "BPMNShape");
        for (int i = 0; i < shapes.getLength(); i++) {
            Element shape = (Element) shapes.item(i);
            if ("true".equals(shape.getAttribute("isExpanded"))) {
                expanded.add(shape.getAttribute("bpmnElement"));
            }
        }
        // the first diagram is the main page; its plane draws the process (a model here has one, no collaboration)
        Element plane = (Element) document.getElementsByTagNameNS(BPMNDI, "BPMNPlane").item(0);
        Element process = byId(document, plane.getAttribute("bpmnElement"));
        assertThat(process.getLocalName()).as("the main page of %s", model.getFileName()).isEqualTo("process");
        return drawnOnThePage(process, expanded);
    }

    private static int drawnOnThePage(Element scope, Set<String> expanded) {
        int count = 0;
        for (Node child = scope.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && BPMN.equals(element.getNamespaceURI()) && flowElement(element.getLocalName())) {
                count++;
                if (expanded.contains(element.getAttribute("id"))) {
                    count += drawnOnThePage(element, expanded);
                }
            }
        }
        return count;
    }

    private static Element byId(Document document, String id) {
        var processes = document.getElementsByTagNameNS(BPMN, "process");
        for (int i = 0; i < processes.getLength(); i++) {
            Element process = (Element) processes.item(i);
            if (process.getAttribute("id").equals(id)) {
                return process;
            }
        }
        throw new AssertionError("no process " + id);
    }
}
