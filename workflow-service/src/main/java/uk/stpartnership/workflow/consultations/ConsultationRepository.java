package uk.stpartnership.workflow.consultations;

import jakarta.inject.Singleton;
import uk.stpartnership.workflow.jdbc.Jdbc;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class ConsultationRepository {

    private final Jdbc jdbc;

    public ConsultationRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void insertRequest(RequestedConsultation request) {
        jdbc.update("INSERT INTO consultation_request (id, borough, case_reference, practitioner_role, help_wanted, requested_by, requested_at)"
                        + " VALUES (?,?,?,?,?,?,?)",
                request.id(), request.borough(), request.caseReference(), request.practitionerRole(), request.helpWanted(),
                request.requestedBy(), request.requestedAt());
    }

    public Optional<RequestedConsultation> findRequest(UUID id) {
        return jdbc.one("SELECT id, borough, case_reference, practitioner_role, help_wanted, requested_by, requested_at"
                        + " FROM consultation_request WHERE id = ?",
                r -> new RequestedConsultation(Jdbc.uuid(r, "id"), r.getString("borough"), r.getString("case_reference"),
                        r.getString("practitioner_role"), r.getString("help_wanted"), r.getString("requested_by"),
                        Jdbc.instant(r, "requested_at")), id);
    }

    public Optional<HeldConsultation> findHeld(UUID requestId) {
        return jdbc.one("SELECT request_id, borough, held_on, themes, follow_up_needed, follow_up, notes, held_by, recorded_at"
                        + " FROM consultation WHERE request_id = ?",
                r -> new HeldConsultation(Jdbc.uuid(r, "request_id"), r.getString("borough"), Jdbc.date(r, "held_on"),
                        Jdbc.texts(r, "themes").stream().map(Theme::valueOf).toList(), r.getBoolean("follow_up_needed"),
                        r.getString("follow_up"), r.getString("notes"), r.getString("held_by"), Jdbc.instant(r, "recorded_at")),
                requestId);
    }

    public void linkProcessInstance(UUID requestId, long processInstanceKey) {
        jdbc.update("UPDATE consultation_request SET process_instance_key = ? WHERE id = ?", processInstanceKey, requestId);
    }

    /** Records a held consultation once: a second recording of the same request changes nothing. */
    public boolean insertHeldIfAbsent(HeldConsultation held) {
        return jdbc.update("INSERT INTO consultation (request_id, borough, held_on, themes, follow_up_needed, follow_up, notes, held_by, recorded_at)"
                        + " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (request_id) DO NOTHING",
                held.requestId(), held.borough(), held.heldOn(), held.themes(), held.followUpNeeded(), held.followUp(),
                held.notes(), held.heldBy(), held.recordedAt()) == 1;
    }

    /** Held consultations per borough per month in [from, until); one borough, or all when borough is null. */
    public List<MonthlyConsultations.Count> countByBoroughAndMonth(LocalDate from, LocalDate until, String borough) {
        return jdbc.list("SELECT borough, to_char(date_trunc('month', held_on), 'YYYY-MM') AS month, count(*) AS held"
                        + " FROM consultation WHERE held_on >= ? AND held_on < ? AND (?::text IS NULL OR borough = ?)"
                        + " GROUP BY borough, month ORDER BY month, borough",
                row -> new MonthlyConsultations.Count(row.getString("borough"), row.getString("month"), row.getLong("held")),
                from, until, borough, borough);
    }
}
