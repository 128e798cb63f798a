package uk.stpartnership.workflow.consultations;

import io.micronaut.data.connection.annotation.Connectable;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Joins the caller's transaction when there is one, or opens a connection for the call. */
@Singleton
@Connectable
public class ConsultationRepository {

    private final DataSource dataSource;

    public ConsultationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insertRequest(RequestedConsultation request) {
        String sql = "INSERT INTO consultation_request (id, borough, case_reference, practitioner_role, help_wanted, requested_by, requested_at)"
                + " VALUES (?,?,?,?,?,?,?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, request.id());
            s.setString(2, request.borough());
            s.setString(3, request.caseReference());
            s.setString(4, request.practitionerRole());
            s.setString(5, request.helpWanted());
            s.setString(6, request.requestedBy());
            s.setTimestamp(7, Timestamp.from(request.requestedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the consultation request", e);
        }
    }

    public void linkProcessInstance(UUID requestId, long processInstanceKey) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE consultation_request SET process_instance_key = ? WHERE id = ?")) {
            s.setLong(1, processInstanceKey);
            s.setObject(2, requestId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not link the consultation request to its process", e);
        }
    }

    /** Records a held consultation once: a second recording of the same request changes nothing. */
    public boolean insertHeldIfAbsent(HeldConsultation held) {
        String sql = "INSERT INTO consultation (request_id, borough, held_on, themes, follow_up_needed, follow_up, notes, held_by, recorded_at)"
                + " VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (request_id) DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, held.requestId());
            s.setString(2, held.borough());
            s.setDate(3, Date.valueOf(held.heldOn()));
            s.setArray(4, c.createArrayOf("text", held.themes().stream().map(Theme::name).toArray()));
            s.setBoolean(5, held.followUpNeeded());
            s.setString(6, held.followUp());
            s.setString(7, held.notes());
            s.setString(8, held.heldBy());
            s.setTimestamp(9, Timestamp.from(held.recordedAt()));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the consultation", e);
        }
    }

    public long countHeld(UUID requestId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM consultation WHERE request_id = ?")) {
            s.setObject(1, requestId);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Held consultations per borough per month in [from, until); one borough, or all when borough is null. */
    public List<MonthlyConsultations.Count> countByBoroughAndMonth(LocalDate from, LocalDate until, String borough) {
        String sql = "SELECT borough, to_char(date_trunc('month', held_on), 'YYYY-MM') AS month, count(*) AS held"
                + " FROM consultation WHERE held_on >= ? AND held_on < ? AND (?::text IS NULL OR borough = ?)"
                + " GROUP BY borough, month ORDER BY month, borough";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setDate(1, Date.valueOf(from));
            s.setDate(2, Date.valueOf(until));
            s.setString(3, borough);
            s.setString(4, borough);
            List<MonthlyConsultations.Count> counts = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    counts.add(new MonthlyConsultations.Count(rows.getString("borough"), rows.getString("month"), rows.getLong("held")));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count consultations", e);
        }
    }
}
