package uk.stpartnership.workflow.complaints;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import uk.stpartnership.web.Problem.FieldError;
import uk.stpartnership.workflow.tasks.TaskForm;
import uk.stpartnership.workflow.tasks.TaskForm.Field;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The forms of complaint.bpmn's user tasks (form keys as in the model; docs/COMPLAINTS.md). Every text a person
 * writes stays in workflow-service (KeepComplaintTexts): the process is completed with the choices, yes/no answers
 * and dates, and a draft response's id. What a task shows of those texts is read when it is viewed
 * (ComplaintTaskContext).
 */
@Factory
class ComplaintForms {

    static final String PERPETRATOR_PROOFING_REVIEW = "perpetrator-proofing-review";
    private static final int RESPONSE_LENGTH = 20000;
    private static final List<String> OUTCOMES = List.of(Complaint.Outcome.UPHELD.name(), Complaint.Outcome.PARTLY_UPHELD.name(),
            Complaint.Outcome.NOT_UPHELD.name());
    private static final List<String> CONTEXT = List.of("complaintId", "businessReference", "receivedOn", "deadlineAt");
    static final String DRAFT_RESPONSE = "draftResponse";
    static final String DRAFT_ID = "draftId";
    private static final TaskForm.ProcessVariables FACTS_AND_DRAFT_ID = (form, values, taskKey) -> {
        Map<String, Object> facts = form.facts(values);
        if (values.containsKey(DRAFT_RESPONSE)) {
            facts.put(DRAFT_ID, ComplaintTexts.draftIdOf(taskKey).toString());
        }
        return facts;
    };

    @Singleton
    TaskForm acknowledgeComplaint() {
        return new TaskForm("acknowledge-complaint", "Acknowledge the complaint", CONTEXT,
                List.of(Field.text("note", "Anything the team should know", false, 2000))).completingWith(FACTS_AND_DRAFT_ID);
    }

    /** The nine checks, each answered once with a note; the conclusion and the safeguards. */
    @Singleton
    TaskForm perpetratorProofingReview() {
        return new TaskForm(PERPETRATOR_PROOFING_REVIEW, "Perpetrator-proofing review", context(),
                List.of(
                        Field.records("checks", "The nine checks, each answered with a note", true, PerpetratorProofingCheck.values().length, List.of(
                                Field.choice("check", "Check", names(PerpetratorProofingCheck.values())),
                                Field.choice("answer", "Answer", names(Complaint.Answer.values())),
                                Field.text("note", "Note", true, 2000))),
                        Field.choice("conclusion", "Is the complaint part of a pattern of systems abuse?", names(Complaint.ReviewConclusion.values())),
                        Field.text("safeguards", "Safeguards required", true, 4000)),
                ComplaintForms::everyCheckOnce).completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm respondAtStage1() {
        return new TaskForm("respond-stage1", "Respond at stage 1", context("stage1Extended", "conclusion"),
                responseOrExtension(List.of()), (values, context) -> responseOrExtension(values, context, "stage1Extended", List.of()))
                .completingWith(FACTS_AND_DRAFT_ID);
    }

    /** The investigating officer and the independent person investigate; a senior manager adjudicates. */
    @Singleton
    TaskForm investigateAtStage2() {
        List<Field> investigation = List.of(
                Field.text("investigatingOfficer", "Investigating officer", false, 200),
                Field.text("independentPerson", "Independent person", false, 200),
                Field.text("adjudicator", "Senior manager who adjudicated", false, 200));
        return new TaskForm("investigate-stage2", "Investigate at stage 2", context("stage2Extended", "conclusion"),
                responseOrExtension(investigation),
                (values, context) -> responseOrExtension(values, context, "stage2Extended", investigation))
                .completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm decideExtension() {
        return new TaskForm("decide-extension", "Decide on the extension", context(),
                List.of(Field.yesNo("extensionApproved", "Is the extension approved?"),
                        Field.text("extensionReason", "Reason (the complainant is told it when approved)", true, 2000)))
                .completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm reviseResponse() {
        return new TaskForm("revise-response", "Revise the response", context(DRAFT_ID),
                List.of(Field.text(DRAFT_RESPONSE, "The revised response", true, RESPONSE_LENGTH))).completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm confirmFinalText() {
        return new TaskForm("confirm-final-text", "Confirm the final text", context(DRAFT_ID, "conclusion"),
                List.of(Field.yesNo("finalTextConfirmed", "Can this text go to the complainant?"),
                        Field.text("finalTextNote", "What must change", false, 2000)),
                (values, context) -> Boolean.FALSE.equals(values.get("finalTextConfirmed")) && !values.containsKey("finalTextNote")
                        ? List.of(new FieldError("finalTextNote", "is required when the text cannot go")) : List.of())
                .completingWith(FACTS_AND_DRAFT_ID);
    }

    /** The complainant gave no email address: the screened text goes by post. */
    @Singleton
    TaskForm postResponse() {
        return new TaskForm("post-response", "Post the response", context(DRAFT_ID),
                List.of(Field.date("postedOn", "The day it was posted"))).completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm convenePanel() {
        return new TaskForm("convene-panel", "Convene the review panel", context(),
                List.of(Field.date("panelDate", "When the panel sat"), Field.text("panelChair", "Independent chair", true, 200)))
                .completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm panelReport() {
        return new TaskForm("panel-report", "Panel report", context("panelDate"),
                List.of(Field.text("report", "The panel's report and recommendations", true, RESPONSE_LENGTH))).completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm councilResponse() {
        return new TaskForm("council-response", "Council response", context(),
                List.of(Field.text(DRAFT_RESPONSE, "The council's response to the complainant", true, RESPONSE_LENGTH),
                        Field.choice("outcome", "Outcome", OUTCOMES))).completingWith(FACTS_AND_DRAFT_ID);
    }

    @Singleton
    TaskForm agreeWorkerSupport() {
        return new TaskForm("agree-worker-support", "Agree support for the worker", context(),
                List.of(Field.yesNo("supportAgreed", "Is support agreed with the worker?"),
                        Field.textRequiredWhenYes("supportNote", "The support agreed", "supportAgreed", 4000),
                        Field.yesNo("safetyPlanNeeded", "Is a safety plan needed?"),
                        Field.textRequiredWhenYes("safetyPlan", "The safety plan", "safetyPlanNeeded", 4000)))
                .completingWith(FACTS_AND_DRAFT_ID);
    }

    private static List<String> context(String... more) {
        List<String> names = new ArrayList<>(CONTEXT);
        names.addAll(List.of(more));
        return names;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** RESPOND with the response and its outcome (and anything the stage adds), or EXTEND with a reason. */
    private static List<Field> responseOrExtension(List<Field> stageFields) {
        List<Field> fields = new ArrayList<>(List.of(
                Field.choice("decision", "Respond now, or ask the complaints manager for an extension", List.of("RESPOND", "EXTEND"))));
        fields.addAll(stageFields);
        fields.addAll(List.of(
                Field.text("draftResponse", "The response to the complainant", false, RESPONSE_LENGTH),
                Field.choice("outcome", "Outcome", OUTCOMES).optional(),
                Field.text("extensionReason", "Why more time is needed", false, 2000)));
        return fields;
    }

    private static List<FieldError> responseOrExtension(Map<String, Object> values, Map<String, Object> context, String extendedVariable,
                                                        List<Field> stageFields) {
        List<FieldError> errors = new ArrayList<>();
        if ("EXTEND".equals(values.get("decision"))) {
            if (Boolean.TRUE.equals(context.get(extendedVariable))) {
                errors.add(new FieldError("decision", "an extension has already been asked for at this stage: respond"));
            }
            require(values, errors, "is required to ask for an extension", "extensionReason");
        } else {
            List<String> needed = new ArrayList<>(List.of("draftResponse", "outcome"));
            stageFields.forEach(field -> needed.add(field.name()));
            require(values, errors, "is required to respond", needed.toArray(String[]::new));
        }
        return errors;
    }

    private static void require(Map<String, Object> values, List<FieldError> errors, String message, String... names) {
        for (String name : names) {
            if (!values.containsKey(name)) {
                errors.add(new FieldError(name, message));
            }
        }
    }

    private static List<FieldError> everyCheckOnce(Map<String, Object> values, Map<String, Object> context) {
        List<?> checks = (List<?>) values.get("checks");
        List<String> answered = checks.stream().map(check -> (String) ((Map<?, ?>) check).get("check")).toList();
        Set<PerpetratorProofingCheck> missing = EnumSet.allOf(PerpetratorProofingCheck.class);
        answered.forEach(name -> missing.remove(PerpetratorProofingCheck.valueOf(name)));
        if (!missing.isEmpty() || Set.copyOf(answered).size() != answered.size()) {
            return List.of(new FieldError("checks", "must answer each of the nine checks once; missing: "
                    + (missing.isEmpty() ? "none (one is answered twice)" : missing.stream().map(Enum::name).collect(Collectors.joining(", ")))));
        }
        return List.of();
    }
}
