package org.carecoord.appointment;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;

import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.Var;

/**
 * Names of process {@code appointment}: one instance per booked appointment, business key = case number. Before the
 * appointment: a transportation referral in time (when needed), a reminder 24 hours ahead; the day after: "Did the
 * patient attend?"; missed: "Reschedule appointment". Rescheduling or cancelling the appointment reaches the instance
 * by message.
 */
public final class AppointmentProcess {

    public static final String KEY = "appointment";

    public static final String START_EVENT = "StartEvent_AppointmentBooked";
    public static final String SUBPROCESS_AHEAD = "SubProcess_UntilTheAppointment";
    public static final String GATEWAY_TRANSPORT = "Gateway_TransportToArrange";
    public static final String TIMER_TRANSPORT_LEAD = "Timer_TransportLeadTime";
    public static final String TASK_OPEN_TRANSPORT_REFERRAL = "Task_OpenTransportReferral";
    public static final String TIMER_DAY_BEFORE = "Timer_DayBefore";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String TIMER_DAY_AFTER = "Timer_DayAfter";
    public static final String BOUNDARY_RESCHEDULED = "Boundary_AppointmentRescheduled";
    public static final String BOUNDARY_CANCELLED = "Boundary_AppointmentCancelled";
    public static final String END_CANCELLED = "EndEvent_AppointmentCancelled";
    public static final String TASK_DID_PATIENT_ATTEND = "Task_DidPatientAttend";
    public static final String TASK_RECORD_ATTENDANCE = "Task_RecordAttendance";
    public static final String GATEWAY_ATTENDANCE = "Gateway_Attendance";
    public static final String END_ATTENDED = "EndEvent_Attended";
    public static final String END_CANCELLED_AFTER = "EndEvent_CancelledAfterAll";
    public static final String GATEWAY_REPEATED_MISS = "Gateway_SecondMissWithProvider";
    public static final String TASK_NOTE_BARRIER = "Task_NoteBarrierOnPlan";
    public static final String TASK_RESCHEDULE = "Task_RescheduleAppointment";
    public static final String TASK_RECORD_RESCHEDULE = "Task_RecordReschedule";
    public static final String GATEWAY_REBOOKED = "Gateway_Rebooked";
    public static final String END_REBOOKED = "EndEvent_Rebooked";
    public static final String END_NOT_REBOOKED = "EndEvent_NotRebooked";

    public static final String MESSAGE_RESCHEDULED = "AppointmentRescheduled";
    public static final String MESSAGE_CANCELLED = "AppointmentCancelled";

    public static final String FORM_DID_PATIENT_ATTEND = "appointment-did-patient-attend";
    public static final String FORM_RESCHEDULE = "appointment-reschedule";

    /** Answers of "Did the patient attend?". */
    public static final String ATTENDED = "attended";

    public static final String MISSED = "missed";
    public static final String CANCELLED = "cancelled";
    public static final String YES = "yes";
    public static final String NO = "no";

    /** The reminder goes to the patient this long before the appointment. */
    public static final Duration REMINDER_AHEAD = Duration.ofHours(24);
    /**
     * The transportation referral is opened this long before the appointment (at once when booked later): rides to
     * medical appointments (Medicaid NEMT, paratransit) are booked 2-3 business days ahead.
     */
    public static final Duration TRANSPORT_LEAD = Duration.ofDays(3);
    /** "Did the patient attend?" is asked at this time on the day after the appointment. */
    public static final LocalTime ASK_ATTENDANCE_AT = LocalTime.of(9, 0);
    /** Missed appointments with the same provider that note a barrier on the care plan. */
    public static final int MISSES_FOR_BARRIER = 2;

    /** Process variables: ids, timer dates and what the forms show. */
    public static final class Vars {
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;
        public static final Var<Long> APPOINTMENT_ID = Var.id("appointmentId");
        public static final Var<Boolean> TRANSPORT_TO_ARRANGE = Var.bool("transportToArrange");
        public static final Var<Date> TRANSPORT_REFERRAL_AT = Var.of("transportReferralAt", Date.class);
        public static final Var<Date> REMINDER_AT = Var.of("reminderAt", Date.class);
        public static final Var<Date> ATTENDANCE_ASKED_AT = Var.of("attendanceAskedAt", Date.class);
        /** Shown on the forms: when and with whom (no purpose: task variables stay in the history). */
        public static final Var<String> APPOINTMENT_WHEN = Var.string("appointmentWhen");

        public static final Var<String> APPOINTMENT_PROVIDER = Var.string("appointmentProvider");
        /** Set by "Record attendance": this miss is the second (or later) with the provider. */
        public static final Var<Boolean> REPEATED_MISS = Var.bool("repeatedMiss");
        /** Set by "Record reschedule": the new appointment, when one was booked. */
        public static final Var<Long> NEW_APPOINTMENT_ID = Var.id("newAppointmentId");

        private Vars() {}
    }

    /** Fields of "Did the patient attend?" and "Reschedule appointment". */
    public static final class Fields {
        public static final Var<String> ATTENDANCE = Var.string("attendance");
        public static final Var<String> REBOOK = Var.string("rebook");
        /** Typed as MM/DD/YYYY (see FormDates). */
        public static final Var<LocalDate> NEW_DATE = Var.date("newAppointmentDate");

        public static final Var<String> NEW_TIME = Var.string("newAppointmentTime");

        private Fields() {}
    }

    private AppointmentProcess() {}
}
