package uk.stpartnership.workflow.demo;

import jakarta.inject.Singleton;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.consultations.ConsultationRequest;
import uk.stpartnership.workflow.consultations.RequestConsultation;
import uk.stpartnership.workflow.consultations.Theme;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Case consultations held over the last five months in three boroughs, and two still waiting to be held: each asked
 * for by a practitioner and recorded by the borough's implementation lead in their task list, with the day it was held.
 */
@Singleton
class ConsultationHistory {

    private static final List<String> BOROUGHS = List.of("hackney", "newham", "waltham-forest");
    private static final List<List<Theme>> THEMES = List.of(
            List.of(Theme.PERPETRATOR_PATTERN_MAPPING, Theme.PIVOTING_TO_THE_PERPETRATOR),
            List.of(Theme.PARTNERING_WITH_THE_SURVIVOR, Theme.LANGUAGE_AND_DOCUMENTATION),
            List.of(Theme.RISK_AND_SAFETY),
            List.of(Theme.ENGAGING_THE_PERPETRATOR, Theme.PERPETRATOR_PATTERN_MAPPING));
    private static final int HELD = 12;

    private final RequestConsultation requestConsultation;
    private final DemoInbox inbox;

    ConsultationHistory(RequestConsultation requestConsultation, DemoInbox inbox) {
        this.requestConsultation = requestConsultation;
        this.inbox = inbox;
    }

    void load(LocalDate today) {
        for (int i = 0; i < HELD + 2; i++) {
            String borough = BOROUGHS.get(i % BOROUGHS.size());
            String caseReference = "DEMO-" + borough.substring(0, 2).toUpperCase(Locale.ROOT) + "-" + (1001 + i);
            requestConsultation.request(DemoInbox.person("practitioner." + borough), UncheckedBody.of(new ConsultationRequest(caseReference,
                    i % 2 == 0 ? "Social worker" : "Senior practitioner", "Pivoting to the father in the child protection plan")));
            if (i < HELD) {
                // Spread over this month and the four before it, oldest first.
                LocalDate held = today.minusMonths(4 - (long) i * 5 / HELD).withDayOfMonth(1).plusDays(3L + i % 3 * 7);
                Map<String, Object> answers = new LinkedHashMap<>();
                answers.put("consultationDate", (held.isAfter(today) ? today : held).toString());
                answers.put("themes", THEMES.get(i % THEMES.size()).stream().map(Theme::name).toList());
                answers.put("followUpNeeded", i % 3 == 0);
                if (i % 3 == 0) {
                    answers.put("followUp", "Map the pattern with the team manager");
                }
                inbox.complete(DemoInbox.person("implementation-lead." + borough), "hold-case-consultation", caseReference, answers);
            }
        }
    }
}
