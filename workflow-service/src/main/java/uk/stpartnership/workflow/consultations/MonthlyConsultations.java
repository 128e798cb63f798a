package uk.stpartnership.workflow.consultations;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Consultations held per borough per month: the data behind the evaluation's Table 4. */
@Serdeable
public record MonthlyConsultations(String from, String to, List<Count> counts) {

    @Serdeable
    public record Count(String borough, String month, long consultations) {
    }
}
