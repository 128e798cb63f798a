package uk.stpartnership.workflow.consultations;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The consultation's confirmation: the themes and the agreed follow-up, as the lead recorded them. */
@Singleton
class ConsultationLetters implements LetterSource {

    private static final String NO_FOLLOW_UP = "No follow-up needed";

    private final ConsultationRepository consultations;

    ConsultationLetters(ConsultationRepository consultations) {
        this.consultations = consultations;
    }

    @Override
    public String kind() {
        return "consultation";
    }

    /** Only the follow-up and the themes go to the practitioner: the lead's notes stay in the record. */
    @Override
    public Letter letter(UUID id, String template, UUID draftId) {
        if (!"consultation-confirmation".equals(template)) {
            throw ProblemException.notFound("Letter");
        }
        HeldConsultation held = consultations.findHeld(id).orElseThrow(() -> ProblemException.notFound("Consultation"));
        return Letter.toJobRecipients(Map.of(
                "themesSummary", held.themes().stream().map(Theme::label).collect(Collectors.joining(", ")),
                "followUpSummary", held.followUpNeeded() ? held.followUp() : NO_FOLLOW_UP));
    }
}
