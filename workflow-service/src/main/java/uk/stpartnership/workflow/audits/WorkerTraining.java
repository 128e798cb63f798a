package uk.stpartnership.workflow.audits;

import java.util.Locale;
import java.util.Optional;

/** The allocated worker's S&T training, as a borough's cohort file may give it: Edinburgh's comparison. */
public enum WorkerTraining {
    CHAMPION, ST_TRAINED, NOT_TRAINED;

    /** "Champion", "S&T trained", "st-trained", "not trained", "untrained", …: letters only, any case. */
    static Optional<WorkerTraining> read(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")) {
            case "champion" -> Optional.of(CHAMPION);
            case "sttrained", "standtrained", "safeandtogethertrained", "trained" -> Optional.of(ST_TRAINED);
            case "nottrained", "untrained", "none" -> Optional.of(NOT_TRAINED);
            default -> Optional.empty();
        };
    }
}
