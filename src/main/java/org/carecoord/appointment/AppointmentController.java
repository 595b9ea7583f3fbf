package org.carecoord.appointment;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.carecoord.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's appointments: listed by those who may read the case; booked, rescheduled, confirmed and cancelled by its
 * coordinators and managers while the case is open (groups: SecurityConfiguration; the case: CaseAccessInterceptor).
 * Times are local to the business calendar's zone, as the Case tab's date-time field gives them.
 */
@RestController
class AppointmentController {

    /** What is booked; {@code start}/{@code end} e.g. {@code 2026-12-10T14:30}. */
    record AppointmentBody(
            @NotNull LocalDateTime start,
            LocalDateTime end,
            @NotBlank @Size(max = 200) @PlainText String provider,
            @Size(max = 300) @PlainText String location,
            @Size(max = 300) @PlainText String description,
            Boolean transportNeeded,
            /* PUT only: booked or confirmed */ @Size(max = 20)
            String status) {}

    record CancelBody(@Size(max = 300) @PlainText String reason) {}

    record AppointmentList(List<AppointmentView> appointments) {}

    private final Appointments appointments;
    private final ZoneId zone;

    AppointmentController(Appointments appointments, BusinessCalendarProperties calendar) {
        this.appointments = appointments;
        this.zone = calendar.zone();
    }

    @GetMapping("/api/cases/{caseId}/appointments")
    AppointmentList list(@PathVariable long caseId) {
        return new AppointmentList(
                appointments.ofCase(caseId).stream().map(this::view).toList());
    }

    @ApiResponse(responseCode = "201", description = "Booked")
    @PostMapping("/api/cases/{caseId}/appointments")
    ResponseEntity<AppointmentView> book(
            @PathVariable long caseId, @Valid @RequestBody AppointmentBody body, Principal user) {
        Appointment booked = appointments.book(caseId, details(body), user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/appointments/" + booked.id()))
                .body(view(booked));
    }

    @PutMapping("/api/cases/{caseId}/appointments/{appointmentId}")
    AppointmentView change(
            @PathVariable long caseId,
            @PathVariable long appointmentId,
            @Valid @RequestBody AppointmentBody body,
            Principal user) {
        AppointmentStatus status = body.status() == null
                ? AppointmentStatus.BOOKED
                : AppointmentStatus.ofCode(body.status())
                        .filter(AppointmentStatus::isUpcoming)
                        .orElseThrow(() -> new InvalidAppointmentException(
                                List.of(new FieldError("status", "must be booked or confirmed"))));
        return view(appointments.change(caseId, appointmentId, details(body), status, user.getName()));
    }

    @PostMapping("/api/cases/{caseId}/appointments/{appointmentId}/cancel")
    AppointmentView cancel(
            @PathVariable long caseId,
            @PathVariable long appointmentId,
            @Valid @RequestBody(required = false) CancelBody body,
            Principal user) {
        String reason = body == null || body.reason() == null || body.reason().isBlank()
                ? null
                : body.reason().strip();
        return view(appointments.cancel(caseId, appointmentId, reason, user.getName()));
    }

    @ExceptionHandler(InvalidAppointmentException.class)
    ProblemDetail invalid(InvalidAppointmentException ex) {
        return ApiExceptionHandler.invalid(ex.errors);
    }

    @ExceptionHandler(AppointmentNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "The case has no such appointment.");
        problem.setTitle("Appointment not found");
        problem.setType(URI.create("urn:carecoord:problem:appointment-not-found"));
        return problem;
    }

    @ExceptionHandler(AppointmentNotUpcomingException.class)
    ProblemDetail notUpcoming() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "Only an appointment still ahead can be changed or cancelled; after its day, answer"
                        + " \"Did the patient attend?\" instead.");
        problem.setTitle("Appointment not upcoming");
        problem.setType(URI.create("urn:carecoord:problem:appointment-not-upcoming"));
        return problem;
    }

    private AppointmentDetails details(AppointmentBody body) {
        return new AppointmentDetails(
                body.start().atZone(zone).toInstant(),
                body.end() == null ? null : body.end().atZone(zone).toInstant(),
                body.provider().strip(),
                blankToNull(body.location()),
                blankToNull(body.description()),
                Boolean.TRUE.equals(body.transportNeeded()));
    }

    private AppointmentView view(Appointment a) {
        return AppointmentView.of(a, zone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
