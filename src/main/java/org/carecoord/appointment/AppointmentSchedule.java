package org.carecoord.appointment;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.carecoord.appointment.AppointmentProcess.Vars;

/** The timer dates of one appointment's instance and what its forms show, in the business calendar's zone. */
final class AppointmentSchedule {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu 'at' h:mm a", Locale.US);

    private final ZoneId zone;
    private final Clock clock;

    AppointmentSchedule(ZoneId zone, Clock clock) {
        this.zone = zone;
        this.clock = clock;
    }

    /** The variables a (re)scheduled appointment's timers and forms read. */
    VariableMap of(Appointment appointment, boolean transportToArrange) {
        Instant now = Instant.now(clock);
        Instant start = appointment.start();
        Instant transportAt = start.minus(AppointmentProcess.TRANSPORT_LEAD);
        VariableMap variables = Variables.createVariables();
        Vars.TRANSPORT_TO_ARRANGE.put(variables, transportToArrange);
        Vars.TRANSPORT_REFERRAL_AT.put(variables, Date.from(transportAt.isBefore(now) ? now : transportAt));
        Vars.REMINDER_AT.put(variables, Date.from(start.minus(AppointmentProcess.REMINDER_AHEAD)));
        Vars.ATTENDANCE_ASKED_AT.put(variables, Date.from(attendanceAskedAt(start)));
        Vars.APPOINTMENT_WHEN.put(variables, when(start));
        Vars.APPOINTMENT_PROVIDER.put(variables, appointment.provider());
        return variables;
    }

    /** The day after the appointment, in the morning. */
    Instant attendanceAskedAt(Instant start) {
        return start.atZone(zone)
                .toLocalDate()
                .plusDays(1)
                .atTime(AppointmentProcess.ASK_ATTENDANCE_AT)
                .atZone(zone)
                .toInstant();
    }

    String when(Instant start) {
        return WHEN.format(start.atZone(zone));
    }

    ZoneId zone() {
        return zone;
    }
}
