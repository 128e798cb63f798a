package uk.stpartnership.workflow.surveys;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;

/**
 * Optional equality monitoring answers (ONS-style lists, each with "prefer not to say"): special-category data, never
 * shown for one person, only counted with small counts withheld. Every question may be left out.
 */
@Serdeable
@Introspected
public record Demographics(@Nullable AgeBand ageBand, @Nullable Gender gender, @Nullable Ethnicity ethnicity,
                           @Nullable Disability disability, @Nullable Sexuality sexuality, @Nullable Trans trans) {

    /** An answer as pages show it. */
    public interface Answer {
        String name();

        String label();
    }

    public enum AgeBand implements Answer {
        AGE_16_TO_24("16 to 24"), AGE_25_TO_34("25 to 34"), AGE_35_TO_44("35 to 44"), AGE_45_TO_54("45 to 54"),
        AGE_55_TO_64("55 to 64"), AGE_65_OR_OVER("65 or over"), PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        AgeBand(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Gender implements Answer {
        WOMAN("Woman"), MAN("Man"), NON_BINARY("Non-binary"), ANOTHER_WAY("In another way"), PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Gender(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The ONS high-level ethnic groups. */
    public enum Ethnicity implements Answer {
        ASIAN("Asian or Asian British"), BLACK("Black, Black British, Caribbean or African"),
        MIXED("Mixed or multiple ethnic groups"), WHITE("White"), OTHER("Other ethnic group"), PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Ethnicity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Equality Act 2010: a physical or mental condition or illness lasting or expected to last 12 months or more. */
    public enum Disability implements Answer {
        YES("Yes"), NO("No"), PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Disability(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Sexuality implements Answer {
        STRAIGHT("Straight or heterosexual"), GAY_OR_LESBIAN("Gay or lesbian"), BISEXUAL("Bisexual"),
        ANOTHER("Another sexual orientation"), PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Sexuality(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** ONS: is the gender you identify with the same as your sex registered at birth? */
    public enum Trans implements Answer {
        YES("Yes"), NO("No"), PREFER_NOT_TO_SAY("Prefer not to say");

        private final String label;

        Trans(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The questions in the order asked, by the name the report counts them under, with their answers. */
    public static final List<Question> QUESTIONS = List.of(
            Question.of("ageBand", "What is your age?", AgeBand.values()),
            Question.of("gender", "What is your gender?", Gender.values()),
            Question.of("ethnicity", "What is your ethnic group?", Ethnicity.values()),
            Question.of("disability", "Do you have any physical or mental health conditions or illnesses lasting or expected to last 12 months or more?",
                    Disability.values()),
            Question.of("sexuality", "Which of the following best describes your sexual orientation?", Sexuality.values()),
            Question.of("trans", "Is the gender you identify with the same as your sex registered at birth?", Trans.values()));

    /** A question as pages ask it and the report counts it: answers by value (the enum's name) and words. */
    @Serdeable
    public record Question(String name, String label, List<Option> answers) {

        static Question of(String name, String label, Answer[] answers) {
            return new Question(name, label, Arrays.stream(answers).map(a -> new Option(a.name(), a.label())).toList());
        }
    }

    @Serdeable
    public record Option(String value, String label) {
    }

    /** What was left unanswered, as the report counts it. */
    public static final String NOT_ANSWERED = "NOT_ANSWERED";
}
