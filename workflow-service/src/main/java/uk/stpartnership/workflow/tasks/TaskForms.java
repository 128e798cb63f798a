package uk.stpartnership.workflow.tasks;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every form the features declare (each feature provides its TaskForm beans), by kind. */
@Singleton
public class TaskForms {

    private final Map<String, TaskForm> byKind;

    public TaskForms(List<TaskForm> forms) {
        this.byKind = forms.stream().collect(Collectors.toUnmodifiableMap(TaskForm::kind, Function.identity()));
    }

    public Optional<TaskForm> of(String kind) {
        return Optional.ofNullable(byKind.get(kind));
    }

    /** Every process variable some form shows in its task's context, once each, sorted. */
    public List<String> contextVariables() {
        return byKind.values().stream().flatMap(form -> form.contextVariables().stream()).distinct().sorted().toList();
    }
}
