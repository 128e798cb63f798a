package uk.stpartnership.workflow.surveys;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

/** The answers, read only as counts: no query here returns an answer row. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SurveyAnswerRepository extends GenericRepository<SurveyAnswer, UUID> {

    SurveyAnswer save(SurveyAnswer answer);

    /** How many answers of a course's phase gave one score to one question (confidence or knowledge). */
    @Introspected
    record ScoreCount(String course, String phase, String question, int score, long answers) {
    }

    /** A programme year's scores, of one borough or (null) all (index survey_answer_report). */
    @Query("""
            SELECT a.course, a.phase, s.question, s.score, count(*) AS answers
            FROM survey_answer a CROSS JOIN LATERAL (VALUES ('confidence', a.confidence), ('knowledge', a.knowledge)) s (question, score)
            WHERE a.programme_year = :year AND (CAST(:borough AS text) IS NULL OR a.borough = :borough)
            GROUP BY a.course, a.phase, s.question, s.score""")
    List<ScoreCount> scores(short year, @Nullable String borough);

    /** How many post-course answers gave one answer (null: none) to one demographic question. */
    @Introspected
    record DemographicCount(String question, @Nullable String answer, long answers) {
    }

    /** A programme year's demographics (asked after the course only, so each trainee of a course once). */
    @Query("""
            SELECT d.question, d.answer, count(*) AS answers
            FROM survey_answer a CROSS JOIN LATERAL (VALUES ('ageBand', a.age_band), ('gender', a.gender), ('ethnicity', a.ethnicity),
                ('disability', a.disability), ('sexuality', a.sexuality), ('trans', a.trans)) d (question, answer)
            WHERE a.programme_year = :year AND a.phase = 'POST' AND (CAST(:borough AS text) IS NULL OR a.borough = :borough)
            GROUP BY d.question, d.answer""")
    List<DemographicCount> demographics(short year, @Nullable String borough);
}
