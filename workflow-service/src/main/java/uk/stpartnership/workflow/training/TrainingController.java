package uk.stpartnership.workflow.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.stpartnership.web.ProblemAnswers;
import uk.stpartnership.web.UncheckedBody;
import uk.stpartnership.workflow.access.Actor;
import uk.stpartnership.workflow.listing.Page;
import uk.stpartnership.workflow.listing.Paging;

import java.util.List;
import java.util.UUID;

/** Training (docs/TRAINING.md): the bodies are read and validated inside the use cases, after the person's right to send them. */
@Controller("/internal/training")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Training", description = "Courses, cohorts, bookings with a waiting list, attendance, pathways")
@ProblemAnswers
class TrainingController {

    private final TrainingCatalogue catalogue;
    private final PlanCohort planCohort;
    private final ListCohorts listCohorts;
    private final ViewCohort viewCohort;
    private final BookPlace bookPlace;
    private final CancelBooking cancelBooking;
    private final RecordAttendance recordAttendance;
    private final RecordCompletion recordCompletion;
    private final TrainingRecords trainingRecords;
    private final ReportAttendance reportAttendance;

    TrainingController(TrainingCatalogue catalogue, PlanCohort planCohort, ListCohorts listCohorts, ViewCohort viewCohort,
                       BookPlace bookPlace, CancelBooking cancelBooking, RecordAttendance recordAttendance,
                       RecordCompletion recordCompletion, TrainingRecords trainingRecords,
                       ReportAttendance reportAttendance) {
        this.catalogue = catalogue;
        this.planCohort = planCohort;
        this.listCohorts = listCohorts;
        this.viewCohort = viewCohort;
        this.bookPlace = bookPlace;
        this.cancelBooking = cancelBooking;
        this.recordAttendance = recordAttendance;
        this.recordCompletion = recordCompletion;
        this.trainingRecords = trainingRecords;
        this.reportAttendance = reportAttendance;
    }

    @Get("/reports/attendance")
    @Operation(operationId = "trainingAttendanceReport", summary = "Blocks delivered and attendance per course and programme year (from..to, years starting 1 August)",
            description = "Table 2 (courses) and Appendix 1 (byBorough), figures as shown (docs/REPORTS.md). PROJECT_MANAGER, EVALUATOR "
                    + "(small counts in words) and the delivery partner: the partnership's; IMPLEMENTATION_LEAD and BOROUGH_LEAD: their "
                    + "borough's. Anyone else: 404.")
    AttendanceReport attendanceReport(@Parameter(hidden = true) Actor actor,
                                      @Parameter(description = "First programme year", example = "2024") @QueryValue int from,
                                      @Parameter(description = "Last programme year", example = "2025") @QueryValue int to) {
        return reportAttendance.perCourse(actor, from, to);
    }

    @Get("/courses")
    @Operation(operationId = "listCourses", summary = "The course catalogue (configuration training.courses)")
    List<Course> courses() {
        return catalogue.courses();
    }

    @Post("/cohorts")
    @Status(HttpStatus.CREATED)
    @Operation(operationId = "planCohort", summary = "Set up a cohort of a classroom course",
            description = "IMPLEMENTATION_LEAD for their borough; the delivery partner for any borough or cross-borough (no borough). "
                    + "Core needs a trainer accredited on the first day (else 400 naming trainer).")
    CohortView plan(@Parameter(hidden = true) Actor actor,
                    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CohortRequest.class)))
                    @Body @Nullable UncheckedBody<CohortRequest> request) {
        return planCohort.plan(actor, request);
    }

    @Get("/cohorts")
    @Operation(operationId = "listCohorts", summary = "The cohorts the person may see, soonest first")
    Page<CohortSummary> cohorts(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return listCohorts.list(actor, paging.request());
    }

    @Get("/cohorts/{id}")
    @Operation(operationId = "viewCohort", summary = "A cohort, its days, and the bookings the person may see (places, then the waiting list)")
    CohortView cohort(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @RequestBean Paging paging) {
        return viewCohort.view(actor, id, paging.request());
    }

    @Post("/cohorts/{id}/bookings")
    @Operation(operationId = "bookPlace", summary = "Book a place (or a turn on the waiting list) for the person asking or, for a lead, someone of their borough",
            description = "Booking again answers the booking there is.")
    BookingView book(@Parameter(hidden = true) Actor actor, @PathVariable UUID id,
                     @RequestBody(required = true, content = @Content(schema = @Schema(implementation = BookingRequest.class)))
                     @Body @Nullable UncheckedBody<BookingRequest> request) {
        return bookPlace.book(actor, id, request);
    }

    @Post("/bookings/{id}/cancel")
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking; a place given up goes to the first on the waiting list")
    BookingView cancel(@Parameter(hidden = true) Actor actor, @PathVariable UUID id) {
        return cancelBooking.cancel(actor, id);
    }

    @Get("/bookings/mine")
    @Operation(operationId = "myBookings", summary = "The person's own bookings, newest first")
    Page<BookingView> mine(@Parameter(hidden = true) Actor actor, @RequestBean Paging paging) {
        return listCohorts.mine(actor, paging.request());
    }

    @Post("/cohorts/{id}/days/{day}/attendance")
    @Status(HttpStatus.NO_CONTENT)
    @Operation(operationId = "recordAttendance", summary = "Record who attended a day (the trainer, the borough's lead, the delivery partner)")
    void attendance(@Parameter(hidden = true) Actor actor, @PathVariable UUID id, @PathVariable int day,
                    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AttendanceRequest.class)))
                    @Body @Nullable UncheckedBody<AttendanceRequest> request) {
        recordAttendance.record(actor, id, day, request);
    }

    @Post("/completions")
    @Operation(operationId = "recordCompletion", summary = "Record an e-learning course completed")
    TrainingRecord completion(@Parameter(hidden = true) Actor actor,
                              @RequestBody(required = true, content = @Content(schema = @Schema(implementation = CompletionRequest.class)))
                              @Body @Nullable UncheckedBody<CompletionRequest> request) {
        return recordCompletion.record(actor, request);
    }

    @Get("/people/{personId}/record")
    @Operation(operationId = "trainingRecord", summary = "A person's completed courses and pathways")
    TrainingRecord record(@Parameter(hidden = true) Actor actor, @PathVariable String personId) {
        return trainingRecords.view(actor, personId);
    }
}
