package org.carecoord.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.careplan.CarePlanningProcess.Barrier;
import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.notification.PatientContact;
import org.carecoord.referral.ReferralRequests;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The appointment steps on the case record, in the step's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AppointmentSteps implements AppointmentWork {

    static final String TRANSPORTATION_SERVICE = "transportation";

    private final AppointmentRepository repository;
    private final Appointments appointments;
    private final ReferralRequests referrals;
    private final Outbox outbox;
    private final PatientContact patients;
    private final AppointmentSchedule schedule;
    private final Clock clock;

    AppointmentSteps(
            AppointmentRepository repository,
            Appointments appointments,
            ReferralRequests referrals,
            Outbox outbox,
            PatientContact patients,
            BusinessCalendarProperties calendar,
            Clock clock) {
        this.repository = repository;
        this.appointments = appointments;
        this.referrals = referrals;
        this.outbox = outbox;
        this.patients = patients;
        this.schedule = new AppointmentSchedule(calendar.zone(), clock);
        this.clock = clock;
    }

    @Override
    public void openTransportReferral(long appointmentId) {
        Appointment appointment = repository.require(appointmentId);
        if (!appointment.status().isUpcoming() || appointment.transportReferralNeedId() != null) {
            return;
        }
        // what a ride needs: when and where to; no purpose (minimum necessary)
        String reason = "Ride to an appointment on " + schedule.when(appointment.start()) + " at " + place(appointment);
        long needId = referrals.request(
                appointment.caseId(),
                TRANSPORTATION_SERVICE,
                reason.substring(0, Math.min(500, reason.length())),
                null);
        repository.markTransportReferral(appointmentId, needId);
    }

    @Override
    public void sendReminder(long appointmentId) {
        Appointment appointment = repository.require(appointmentId);
        if (!appointment.status().isUpcoming() || !appointment.start().isAfter(Instant.now(clock))) {
            return;
        }
        var patient = patients.byEmail(appointment.caseId());
        if (patient.isEmpty()) {
            return; // no e-mail, or consent does not allow e-mail
        }
        boolean queued = outbox.enqueue(
                new OutboxMessage(
                        // a new time is a new reminder; the same time is not reminded twice
                        "appointment:" + appointmentId + ":"
                                + appointment.start().getEpochSecond(),
                        appointment.caseId(),
                        patient.get().email(),
                        MailTemplate.APPOINTMENT_REMINDER,
                        Map.of(
                                "firstName", patient.get().firstName(),
                                "appointmentWhen", schedule.when(appointment.start()),
                                "appointmentPlace", place(appointment),
                                "contactPhone", patients.contactPhone())),
                appointment.start().minus(AppointmentProcess.REMINDER_AHEAD));
        if (queued) {
            repository.markReminderQueued(appointmentId);
        }
    }

    @Override
    public boolean recordAttendance(long appointmentId, String attendance, String user) {
        Appointment appointment = repository.require(appointmentId);
        AppointmentStatus status = switch (attendance) {
            case AppointmentProcess.ATTENDED -> AppointmentStatus.ATTENDED;
            case AppointmentProcess.MISSED -> AppointmentStatus.MISSED;
            case AppointmentProcess.CANCELLED -> AppointmentStatus.CANCELLED;
            default -> throw new IllegalArgumentException("not an attendance answer");
        };
        repository.setStatus(appointmentId, status, null, user, Instant.now(clock));
        return status == AppointmentStatus.MISSED
                && repository.missedWith(appointment.caseId(), appointment.provider())
                        >= AppointmentProcess.MISSES_FOR_BARRIER;
    }

    @Override
    public void noteBarrier(long appointmentId) {
        Appointment appointment = repository.require(appointmentId);
        repository.activePlan(appointment.caseId()).ifPresent(plan -> {
            List<String> barriers = new ArrayList<>(plan.barriers());
            String code = appointment.transportNeeded() ? Barrier.TRANSPORTATION.code() : Barrier.OTHER.code();
            if (!barriers.contains(code)) {
                barriers.add(code);
            }
            String noted = "Missed " + repository.missedWith(appointment.caseId(), appointment.provider())
                    + " appointments with " + appointment.provider() + " (noted "
                    + LocalDate.now(clock.withZone(schedule.zone())) + ").";
            String note = plan.barrierNote() == null || plan.barrierNote().isBlank()
                    ? noted
                    : plan.barrierNote() + " " + noted;
            repository.updatePlanBarriers(plan.id(), barriers, note.substring(0, Math.min(500, note.length())));
            repository.markBarrierNoted(appointmentId);
        });
    }

    @Override
    public long rebook(long appointmentId, LocalDate date, LocalTime time, String user) {
        Appointment missed = repository.require(appointmentId);
        Instant start = date.atTime(time).atZone(schedule.zone()).toInstant();
        return appointments.rebook(missed, start, user).id();
    }

    static String place(Appointment appointment) {
        return appointment.location() == null || appointment.location().isBlank()
                ? appointment.provider()
                : appointment.provider() + ", " + appointment.location();
    }
}
