package org.carecoord.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.appointment.AppointmentProcess.Vars;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.security.EngineAsApplication;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's appointments: booked from an outreach contact, the Case tab or the API, each worked by one
 * {@code appointment} instance (business key = case number) that a reschedule or a cancellation reaches by message.
 * Changes need an open case; the record and the engine change in one transaction.
 */
@Service
@Transactional
public class Appointments {

    private final AppointmentRepository repository;
    private final CareCaseService cases;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AppointmentSchedule schedule;
    private final Clock clock;

    Appointments(
            AppointmentRepository repository,
            CareCaseService cases,
            RuntimeService runtime,
            IdentityService identity,
            BusinessCalendarProperties calendar,
            Clock clock) {
        this.repository = repository;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
        this.schedule = new AppointmentSchedule(calendar.zone(), clock);
        this.clock = clock;
    }

    /** Soonest first. */
    @Transactional(readOnly = true)
    public List<Appointment> ofCase(long caseId) {
        cases.require(caseId);
        return repository.ofCase(caseId);
    }

    /**
     * An appointment arranged in an outreach contact (date, time and place as the form has them): booked like any
     * other, so it is reminded, asked about and rescheduled the same way.
     */
    public Appointment bookFromContact(long caseId, long contactId, Instant start, String provider, String user) {
        CareCase careCase = cases.requireOpen(caseId);
        var details = new AppointmentDetails(start, null, provider, null, null, false);
        return start(careCase, repository.insert(caseId, details, contactId, null, user, Instant.now(clock)));
    }

    /** From the Case tab or the API: checked first, nothing stored when a field is wrong. */
    Appointment book(long caseId, AppointmentDetails details, String user) {
        CareCase careCase = cases.requireOpen(caseId);
        check(details);
        return start(careCase, repository.insert(caseId, details, null, null, user, Instant.now(clock)));
    }

    /** An appointment recorded after the fact (demo data): its past timers come due at once. */
    Appointment recordPast(long caseId, AppointmentDetails details, String user) {
        CareCase careCase = cases.requireOpen(caseId);
        return start(careCase, repository.insert(caseId, details, null, null, user, Instant.now(clock)));
    }

    /** The new time of a missed appointment, same provider, place, purpose and transport. */
    Appointment rebook(Appointment missed, Instant start, String user) {
        CareCase careCase = cases.requireOpen(missed.caseId());
        var details = new AppointmentDetails(
                start,
                missed.end() == null ? null : start.plus(java.time.Duration.between(missed.start(), missed.end())),
                missed.provider(),
                missed.location(),
                missed.description(),
                missed.transportNeeded());
        return start(
                careCase, repository.insert(missed.caseId(), details, null, missed.id(), user, Instant.now(clock)));
    }

    /**
     * Reschedules (new time, place or transport) and/or confirms an appointment still ahead; a change of time or
     * transport moves its instance's timers (message {@code AppointmentRescheduled}).
     */
    Appointment change(long caseId, long id, AppointmentDetails details, AppointmentStatus status, String user) {
        CareCase careCase = cases.requireOpen(caseId);
        Appointment current = upcoming(caseId, id);
        check(details);
        repository.update(id, details, status, user, Instant.now(clock));
        Appointment changed = repository.require(id);
        boolean moved = !current.start().equals(details.start())
                || current.transportNeeded() != details.transportNeeded()
                || !current.provider().equals(details.provider());
        if (moved) {
            correlate(careCase, current, AppointmentProcess.MESSAGE_RESCHEDULED, timers(changed));
        }
        return changed;
    }

    /** Cancels an appointment still ahead; its instance ends (message {@code AppointmentCancelled}). */
    Appointment cancel(long caseId, long id, String reason, String user) {
        CareCase careCase = cases.requireOpen(caseId);
        Appointment current = upcoming(caseId, id);
        repository.setStatus(id, AppointmentStatus.CANCELLED, reason, user, Instant.now(clock));
        correlate(careCase, current, AppointmentProcess.MESSAGE_CANCELLED, null);
        return repository.require(id);
    }

    private Appointment upcoming(long caseId, long id) {
        Appointment current = repository.find(caseId, id).orElseThrow(AppointmentNotFoundException::new);
        repository.lockProcess(id);
        if (!current.status().isUpcoming()) {
            throw new AppointmentNotUpcomingException();
        }
        return current;
    }

    private void correlate(CareCase careCase, Appointment appointment, String message, VariableMap variables) {
        String instance = repository.lockProcess(appointment.id()).orElse(null);
        if (instance == null) {
            return; // recorded in a contact before appointments had their own process: nothing waits for it
        }
        try {
            EngineAsApplication.call(identity, () -> {
                var correlation = runtime.createMessageCorrelation(message).processInstanceId(instance);
                if (variables != null) {
                    correlation.setVariables(variables);
                }
                return correlation.correlateWithResult();
            });
        } catch (MismatchingMessageCorrelationException pastItsDay) {
            // the day after has come: "Did the patient attend?" is open and answers for it
            throw new AppointmentNotUpcomingException();
        }
    }

    private Appointment start(CareCase careCase, long appointmentId) {
        Appointment appointment = repository.require(appointmentId);
        VariableMap variables = timers(appointment);
        Vars.CASE_ID.put(variables, careCase.id());
        Vars.CASE_NUMBER.put(variables, careCase.caseNumber());
        Vars.CASE_COORDINATOR.put(variables, careCase.coordinatorId());
        Vars.APPOINTMENT_ID.put(variables, appointmentId);
        // A stage process: users may not start one (OwnershipChecker); the application does, once it was booked.
        String instance = EngineAsApplication.call(
                identity,
                () -> runtime.startProcessInstanceByKey(AppointmentProcess.KEY, careCase.caseNumber(), variables)
                        .getId());
        repository.attachProcess(appointmentId, instance);
        return repository.require(appointmentId);
    }

    /** Transport is arranged once, when the patient needs a ride and has a transportation need or barrier. */
    private VariableMap timers(Appointment appointment) {
        boolean transport = appointment.transportNeeded()
                && appointment.transportReferralNeedId() == null
                && repository.hasTransportationNeedOrBarrier(appointment.caseId());
        return schedule.of(appointment, transport);
    }

    private void check(AppointmentDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.start() != null && !details.start().isAfter(Instant.now(clock))) {
            errors.add(new FieldError("start", "must be in the future"));
        }
        if (details.start() != null && details.end() != null && !details.end().isAfter(details.start())) {
            errors.add(new FieldError("end", "must be after the start"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidAppointmentException(errors);
        }
    }
}
