package uk.stpartnership.workflow.complaints;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jakarta.validation.constraints.Size;
import uk.stpartnership.web.ProblemException;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.audit.AuditLog;
import uk.stpartnership.workflow.access.Role;
import uk.stpartnership.workflow.people.PeopleDirectory;
import uk.stpartnership.workflow.tasks.ProcessTasks;
import uk.stpartnership.workflow.validation.RequestValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The borough's complaints manager names the S&T reviewer, the investigating officer and the manager of a
 * complaint; each then sees it as the complaints team does. A blank name takes the assignment away. Only people of
 * the complaint's borough in the people directory may be named: the reviewer an S&T reviewer, the investigator and
 * the manager someone of the complaints team or a senior manager (complaints.senior-manager-roles). The review
 * tasks are then offered to the assigned reviewer alone.
 */
@Singleton
public class AssignComplaint {

    @Serdeable
    @Introspected
    public record Assignment(@Nullable @Size(max = 100) String reviewerId, @Nullable @Size(max = 100) String investigatorId,
                             @Nullable @Size(max = 100) String managerId) {
    }

    private static final Set<String> COMPLAINTS_TEAM = Set.of(Role.COMPLAINTS_OFFICER.name(), Role.COMPLAINTS_MANAGER.name());

    private final ComplaintRepository complaints;
    private final ProcessTasks tasks;
    private final PeopleDirectory people;
    /** Who may investigate or manage a complaint: the complaints team's roles and the senior managers'. */
    private final Set<String> investigatorRoles;
    private final RequestValidator validator;
    private final AuditLog auditLog;
    private final ViewComplaint viewComplaint;

    public AssignComplaint(ComplaintRepository complaints, ProcessTasks tasks, PeopleDirectory people,
                           @Value("${complaints.senior-manager-roles}") List<Role> seniorManagerRoles, RequestValidator validator,
                           AuditLog auditLog, ViewComplaint viewComplaint) {
        this.complaints = complaints;
        this.tasks = tasks;
        this.people = people;
        this.investigatorRoles = Stream.concat(COMPLAINTS_TEAM.stream(), seniorManagerRoles.stream().map(Role::name))
                .collect(Collectors.toCollection(TreeSet::new));
        this.validator = validator;
        this.auditLog = auditLog;
        this.viewComplaint = viewComplaint;
    }

    @Transactional
    public ComplaintDetail assign(Actor actor, UUID id, UncheckedBody<Assignment> body) {
        Complaint complaint = ViewComplaint.visible(complaints, actor, id);
        if (!Complaint.isComplaintsManagerOf(actor, complaint.borough())) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "Only the borough's complaints manager assigns a complaint");
        }
        Assignment assignment = UncheckedBody.readOrNull(body);
        if (assignment == null) {
            throw ProblemException.badField("body", "must name the reviewer, investigator and manager (each may be blank)");
        }
        validator.check(assignment);
        String reviewer = blankless(assignment.reviewerId());
        String investigator = blankless(assignment.investigatorId());
        String manager = blankless(assignment.managerId());
        check("reviewerId", reviewer, complaint.borough(), Set.of(Role.ST_REVIEWER.name()), "an S&T reviewer (ST_REVIEWER)");
        String investigatorWho = "someone holding " + String.join(", ", investigatorRoles);
        check("investigatorId", investigator, complaint.borough(), investigatorRoles, investigatorWho);
        check("managerId", manager, complaint.borough(), investigatorRoles, investigatorWho);
        complaints.assign(id, reviewer, investigator, manager);
        if (reviewer == null) {
            tasks.withdrawOffer(OutboxComplaintProcesses.PROCESS_ID, complaint.reference(), Role.ST_REVIEWER.name());
        } else {
            tasks.offer(OutboxComplaintProcesses.PROCESS_ID, complaint.reference(), Role.ST_REVIEWER.name(), reviewer);
        }
        List<AuditLog.Change> changes = new ArrayList<>();
        changed(changes, "reviewerId", complaint.reviewerId(), reviewer);
        changed(changes, "investigatorId", complaint.investigatorId(), investigator);
        changed(changes, "managerId", complaint.managerId(), manager);
        auditLog.record(actor, AuditLog.Action.UPDATE, ViewComplaint.entry(complaint).changing(changes));
        return viewComplaint.view(actor, id);
    }

    /** The same refusal whether nobody has the username or they may not be named, so it tells nothing about who exists. */
    private void check(String field, String personId, String borough, Set<String> roles, String who) {
        if (personId == null) {
            return;
        }
        boolean fits = people.person(personId)
                .filter(person -> borough.equals(person.organisation()))
                .filter(person -> person.roles().stream().anyMatch(roles::contains))
                .isPresent();
        if (!fits) {
            throw ProblemException.badField(field, "must name " + who + " of " + borough + " in the people directory");
        }
    }

    private static void changed(List<AuditLog.Change> changes, String field, String from, String to) {
        if (!Objects.equals(from, to)) {
            changes.add(AuditLog.Change.of(field, from, to));
        }
    }

    private static String blankless(String id) {
        return id == null || id.isBlank() ? null : id.strip();
    }
}
