package uk.stpartnership.workflow.tasks;

import org.junit.jupiter.api.Test;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TaskFormTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private final List<Map<String, Object>> crossChecked = new ArrayList<>();

    private final TaskForm minutes = new TaskForm("minutes", "Minutes", List.of("meetingId"), List.of(
            Field.texts("attendees", "Who attended", 3, 20),
            Field.records("outcomes", "Outcomes", true, 5, List.of(
                    Field.choice("type", "Type", List.of("DECISION", "ACTION")),
                    Field.text("wording", "Wording", true, 100),
                    Field.records("actions", "Actions", false, 2, List.of(
                            Field.text("owner", "Owner", true, 20),
                            Field.futureDate("dueDate", "Due date")))))),
            (values, context) -> {
                crossChecked.add(context);
                return "DECISION".equals(((Map<?, ?>) ((List<?>) values.get("outcomes")).get(0)).get("type"))
                        ? List.of(new FieldError("outcomes[0].type", "not today")) : List.of();
            });

    @Test
    void nestedRecordsAreCheckedAndCleaned() {
        TaskForm.Checked checked = minutes.check(Map.of(
                "attendees", List.of(" chair ", "lead", "chair"),
                "outcomes", List.of(Map.of("type", "ACTION", "wording", " Write to the boroughs ",
                        "actions", List.of(Map.of("owner", "lead", "dueDate", "2027-01-15"))))), TODAY, Map.of("meetingId", "m-1"));
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.values()).isEqualTo(Map.of(
                "attendees", List.of("chair", "lead"),
                "outcomes", List.of(Map.of("type", "ACTION", "wording", "Write to the boroughs",
                        "actions", List.of(Map.of("owner", "lead", "dueDate", "2027-01-15"))))));
        assertThat(crossChecked).containsExactly(Map.of("meetingId", "m-1"));
    }

    @Test
    void anErrorInsideAListNamesItsPlace() {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("owner", "");
        action.put("dueDate", "soon");
        action.put("colour", "red");
        TaskForm.Checked checked = minutes.check(Map.of(
                "attendees", List.of("chair", 7),
                "outcomes", List.of(
                        Map.of("type", "ACTION", "wording", "ok"),
                        Map.of("type", "VOTE", "wording", "x", "actions", List.of(Map.of("owner", "a", "dueDate", "2027-01-01"), action)),
                        "not an outcome")), TODAY, Map.of());
        assertThat(checked.errors()).extracting(FieldError::field).containsExactly(
                "attendees[1]", "outcomes[1].type", "outcomes[1].actions[1].colour", "outcomes[1].actions[1].owner",
                "outcomes[1].actions[1].dueDate", "outcomes[2]");
        assertThat(crossChecked).as("no cross check of a malformed submission").isEmpty();
    }

    @Test
    void listsHaveABound() {
        TaskForm.Checked checked = minutes.check(Map.of("attendees", List.of("a", "b", "c", "d"), "outcomes", List.of()), TODAY, Map.of());
        assertThat(checked.errors()).containsExactly(new FieldError("attendees", "must have at most 3 entries"),
                new FieldError("outcomes", "is required"));
    }

    @Test
    void theFeaturesCrossCheckRunsOnAWellFormedSubmission() {
        TaskForm.Checked checked = minutes.check(Map.of("attendees", List.of("a"),
                "outcomes", List.of(Map.of("type", "DECISION", "wording", "Fund it"))), TODAY, Map.of());
        assertThat(checked.errors()).containsExactly(new FieldError("outcomes[0].type", "not today"));
    }

    @Test
    void aDateOfSomethingDoneIsNotInTheFutureButADueDateMayBe() {
        TaskForm form = new TaskForm("dates", "Dates", List.of(), List.of(Field.date("heldOn", "Held on"), Field.futureDate("dueOn", "Due on")));
        assertThat(form.check(Map.of("heldOn", "2026-11-25", "dueOn", "2026-11-25"), TODAY, Map.of()).errors())
                .containsExactly(new FieldError("heldOn", "must not be in the future"));
        assertThat(form.check(Map.of("heldOn", "2026-11-24", "dueOn", "2030-01-01"), TODAY, Map.of()).errors()).isEmpty();
    }
}
