package uk.stpartnership.uiapi.tasks;

import uk.stpartnership.uiapi.pages.FormData;
import uk.stpartnership.uiapi.pages.govuk.ErrorLink;
import uk.stpartnership.uiapi.pages.govuk.SummaryRow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A feature's own drawing of some kinds of task on the task page (TaskPages), where the generic form of the task's
 * fields would not do: what the task is about in words from its context, and optionally a form of the feature's own
 * template. The page still reads the posted form as the task's fields say (TaskFormPage.answers) and sends it to the
 * same complete API, so an own form names its inputs by the fields' paths ({@code scores[2].evidenceNote}).
 */
public interface TaskKindPage {

    boolean draws(String kind);

    /** The rows after the task's reference, borough, due date and holder, in place of its raw context. */
    List<SummaryRow> about(InboxEntry task);

    /** The feature's own form, or empty for the generic form of the task's fields. */
    Optional<OwnForm> form(InboxEntry task, FormData sent, Map<String, String> errors);

    /**
     * @param template a template that draws tasks/task with its form as {@code form}, given the task page's model and this model
     * @param errors   the error summary's lines, each linking to its input; none when the form draws the generic inputs
     *                 of the task's fields (given to the template as {@code inputs}), whose errors the page links itself
     */
    record OwnForm(String template, Map<String, Object> model, List<ErrorLink> errors) {
    }
}
