package uk.stpartnership.workflow.surveys;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.access.DeliveryPartner;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.calendar.BoroughCalendars;
import uk.stpartnership.workflow.evaluation.SmallCounts;
import uk.stpartnership.workflow.evaluation.SmallCounts.Shown;
import uk.stpartnership.workflow.surveys.SurveyAnswerRepository.DemographicCount;
import uk.stpartnership.workflow.surveys.SurveyAnswerRepository.ScoreCount;
import uk.stpartnership.workflow.surveys.SurveyFigures.AnswerCount;
import uk.stpartnership.workflow.surveys.SurveyFigures.CourseFigures;
import uk.stpartnership.workflow.surveys.SurveyFigures.DemographicFigures;
import uk.stpartnership.workflow.surveys.SurveyFigures.PhaseFigures;
import uk.stpartnership.workflow.training.Course;
import uk.stpartnership.workflow.training.TrainingCatalogue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Pre/post confidence and knowledge per course for a programme year, from the answers only (never who gave them).
 * Evaluators, project managers and the delivery partner's people see every borough's answers together; a borough's
 * implementation and borough leads their borough's. Anyone else: 404.
 */
@Singleton
public class SurveyReport {

    private static final int SCORES = 7;
    static final String DISTRIBUTION_SHOWN = "shown";
    static final String DISTRIBUTION_WITHHELD = "withheld: it has a small count that could be worked out from the number and the mean";

    private final SurveyAnswerRepository answers;
    private final TrainingCatalogue catalogue;
    private final SurveySchedule schedule;
    private final SmallCounts smallCounts;
    private final DeliveryPartner deliveryPartner;
    private final BoroughCalendars calendars;

    SurveyReport(SurveyAnswerRepository answers, TrainingCatalogue catalogue, SurveySchedule schedule, SmallCounts smallCounts,
                 DeliveryPartner deliveryPartner, BoroughCalendars calendars) {
        this.answers = answers;
        this.catalogue = catalogue;
        this.schedule = schedule;
        this.smallCounts = smallCounts;
        this.deliveryPartner = deliveryPartner;
        this.calendars = calendars;
    }

    /** year: the programme year by the year it starts (2026 for 2026/27); null: the current one. */
    @Transactional(readOnly = true)
    public SurveyFigures report(Actor actor, @Nullable Integer year) {
        String borough = boroughSeen(actor);
        short programmeYear = year == null ? SurveySchedule.programmeYear(calendars.today()) : checked(year);
        List<ScoreCount> scores = answers.scores(programmeYear, borough);
        List<CourseFigures> courses = new ArrayList<>();
        // E-learning courses have no cohorts, so no places and no surveys.
        for (Course course : catalogue.courses().stream().filter(c -> c.delivery() == Course.Delivery.CLASSROOM).toList()) {
            PhaseFigures pre = schedule.hasPreCourse(course.code()) ? phase(course.code(), SurveyPhase.PRE, scores) : null;
            PhaseFigures post = phase(course.code(), SurveyPhase.POST, scores);
            courses.add(new CourseFigures(course.code(), course.name(), pre, post,
                    change(pre == null ? null : pre.meanConfidence(), post.meanConfidence()),
                    change(pre == null ? null : pre.meanKnowledge(), post.meanKnowledge())));
        }
        return new SurveyFigures(programmeYear, programmeYear + "/" + String.format("%02d", (programmeYear + 1) % 100), borough, courses,
                demographics(answers.demographics(programmeYear, borough)));
    }

    /** null: every borough's answers together. */
    private String boroughSeen(Actor actor) {
        if (actor.holdsAny(Role.EVALUATOR, Role.PROJECT_MANAGER) || deliveryPartner.employs(actor)) {
            return null;
        }
        if (actor.holdsAny(Role.IMPLEMENTATION_LEAD, Role.BOROUGH_LEAD)) {
            return actor.organisation();
        }
        throw ProblemException.notFound("Survey report");
    }

    private static short checked(int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.badField("year", "must be the year a programme year starts in, like 2026 for 2026/27");
        }
        return (short) year;
    }

    private PhaseFigures phase(String course, SurveyPhase phase, List<ScoreCount> scores) {
        long[] confidence = distribution(course, phase, "confidence", scores);
        long[] knowledge = distribution(course, phase, "knowledge", scores);
        long total = Arrays.stream(confidence).sum();
        Shown answered = smallCounts.row(List.of(total)).getFirst();
        if (total == 0) {
            return new PhaseFigures(phase, answered, null, null, asList(confidence), asList(knowledge), DISTRIBUTION_SHOWN);
        }
        if (answered.count() == null) {
            return new PhaseFigures(phase, answered, null, null, null, null, DISTRIBUTION_WITHHELD);
        }
        boolean whole = shownWhole(confidence) && shownWhole(knowledge);
        return new PhaseFigures(phase, answered, mean(confidence, total), mean(knowledge, total),
                whole ? asList(confidence) : null, whole ? asList(knowledge) : null, whole ? DISTRIBUTION_SHOWN : DISTRIBUTION_WITHHELD);
    }

    private static long[] distribution(String course, SurveyPhase phase, String question, List<ScoreCount> scores) {
        long[] counts = new long[SCORES];
        scores.stream().filter(s -> s.course().equals(course) && s.phase().equals(phase.name()) && s.question().equals(question))
                .forEach(s -> counts[s.score() - 1] = s.answers());
        return counts;
    }

    private boolean shownWhole(long[] counts) {
        return smallCounts.row(asList(counts)).stream().allMatch(shown -> shown.count() != null);
    }

    private static List<Long> asList(long[] counts) {
        return Arrays.stream(counts).boxed().toList();
    }

    /** Exact to two decimal places. */
    private static BigDecimal mean(long[] counts, long total) {
        long sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i] * (i + 1);
        }
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal change(@Nullable BigDecimal before, @Nullable BigDecimal after) {
        return before == null || after == null ? null : after.subtract(before);
    }

    /** Each question a row of counts adding up to the post-course answers (known from the courses' figures). */
    private List<DemographicFigures> demographics(List<DemographicCount> counts) {
        List<DemographicFigures> figures = new ArrayList<>();
        for (Demographics.Question question : Demographics.QUESTIONS) {
            List<String> values = new ArrayList<>(question.answers().stream().map(Demographics.Option::value).toList());
            List<String> labels = new ArrayList<>(question.answers().stream().map(Demographics.Option::label).toList());
            values.add(Demographics.NOT_ANSWERED);
            labels.add("Not answered");
            List<Long> row = values.stream().map(value -> counts.stream()
                    .filter(c -> c.question().equals(question.name()) && Objects.equals(c.answer() == null ? Demographics.NOT_ANSWERED : c.answer(), value))
                    .mapToLong(DemographicCount::answers).sum()).toList();
            long total = row.stream().mapToLong(Long::longValue).sum();
            // Too few answers in all: every count withheld, or the zeros would tell what the few answered.
            List<Shown> shown = total == 0 || smallCounts.row(List.of(total)).getFirst().count() != null ? smallCounts.row(row)
                    : row.stream().map(c -> new Shown(null, SmallCounts.WITHHELD)).toList();
            List<AnswerCount> answersShown = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                answersShown.add(new AnswerCount(values.get(i), labels.get(i), shown.get(i)));
            }
            figures.add(new DemographicFigures(question.name(), question.label(), answersShown));
        }
        return figures;
    }
}
