package uk.stpartnership.workflow.trainers;

import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.letters.Letter;
import uk.stpartnership.workflow.letters.LetterSource;
import uk.stpartnership.workflow.people.PeopleDirectory;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The accreditation emails' words (letter accreditation): the trainer's name, the day it runs out (or ran out) and why.
 * The trainer and the delivery partner's project managers are the job's recipients. A lapse renewed before its email
 * went is no lapse: that letter goes to no one.
 */
@Singleton
class AccreditationLetters implements LetterSource {

    private static final String LAPSING = "accreditation-lapsing";
    private static final String LAPSED = "accreditation-lapsed";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TrainerAccreditationRepository accreditations;
    private final AccreditationRules rules;
    private final PeopleDirectory people;

    AccreditationLetters(TrainerAccreditationRepository accreditations, AccreditationRules rules, PeopleDirectory people) {
        this.accreditations = accreditations;
        this.rules = rules;
        this.people = people;
    }

    @Override
    public String kind() {
        return "accreditation";
    }

    @Override
    public Letter letter(UUID id, String template, UUID draftId) {
        TrainerAccreditation accreditation = accreditations.findByAccreditationId(id)
                .orElseThrow(() -> ProblemException.notFound("Accreditation"));
        if (!template.equals(LAPSING) && !template.equals(LAPSED)) {
            throw ProblemException.notFound("Letter");
        }
        String trainerName = people.person(accreditation.trainerId()).map(PeopleDirectory.Person::displayName)
                .orElse(accreditation.trainerId());
        if (template.equals(LAPSING)) {
            boolean renewalFirst = rules.lapseOf(accreditation) == TrainerAccreditation.Lapse.NOT_RENEWED;
            return Letter.toJobRecipients(Map.of("trainerName", trainerName, "runsOutOn", day(rules.runsOutOn(accreditation)),
                    "because", renewalFirst ? "unless it is renewed before then"
                            : "unless the trainer delivers a cohort before then (at least one a year keeps it)"));
        }
        Map<String, String> values = Map.of("trainerName", trainerName, "runsOutOn", day(rules.runsOutOn(accreditation)),
                "because", rules.lapseOf(accreditation) == TrainerAccreditation.Lapse.NOT_RENEWED
                        ? "it was not renewed in time" : "no cohort was delivered for a year");
        return accreditation.lapsedOn() == null ? new Letter(List.of(), values) : Letter.toJobRecipients(values);
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }
}
