package uk.stpartnership.workflow.letters;

import io.micronaut.core.annotation.Nullable;

import java.util.UUID;

/**
 * A feature's letters: the texts of its emails, read from its tables when notification-service sends them, so that
 * none of them is ever a process variable. A send-email task names the kind in its header {@code letter}; the record
 * is the process variable {@code <kind>Id}.
 */
public interface LetterSource {

    /** The header's value: complaint, consultation, meeting, action. */
    String kind();

    /**
     * @param draftId the screened draft a complaint's response is sent from; null for every other letter
     * @throws uk.stpartnership.web.ProblemException 404 for an unknown record or template, 409 when it cannot go yet
     */
    Letter letter(UUID id, String template, @Nullable UUID draftId);
}
