package org.carecoord.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.appointment.AppointmentProcess.Fields;
import org.carecoord.appointment.AppointmentProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/** The delegates of model {@code appointment}: each reads the appointment id and calls {@link AppointmentWork}. */
final class AppointmentDelegates {

    private AppointmentDelegates() {}

    /** "Open transportation referral". */
    @Component("openTransportReferralDelegate")
    static class OpenTransportReferral implements JavaDelegate {
        private final AppointmentWork work;

        OpenTransportReferral(AppointmentWork work) {
            this.work = work;
        }

        @Override
        public void execute(DelegateExecution execution) {
            work.openTransportReferral(Vars.APPOINTMENT_ID.require(execution));
        }
    }

    /** "Send reminder". */
    @Component("sendAppointmentReminderDelegate")
    static class SendReminder implements JavaDelegate {
        private final AppointmentWork work;

        SendReminder(AppointmentWork work) {
            this.work = work;
        }

        @Override
        public void execute(DelegateExecution execution) {
            work.sendReminder(Vars.APPOINTMENT_ID.require(execution));
        }
    }

    /** "Record attendance": the answer goes on the record; a repeated miss with the provider routes to the plan. */
    @Component("recordAttendanceDelegate")
    static class RecordAttendance implements JavaDelegate {
        private final AppointmentWork work;

        RecordAttendance(AppointmentWork work) {
            this.work = work;
        }

        @Override
        public void execute(DelegateExecution execution) {
            boolean repeated = work.recordAttendance(
                    Vars.APPOINTMENT_ID.require(execution),
                    Fields.ATTENDANCE.require(execution),
                    CaseVariables.currentUser(execution));
            Vars.REPEATED_MISS.set(execution, repeated);
        }
    }

    /** "Note barrier on the care plan". */
    @Component("noteAppointmentBarrierDelegate")
    static class NoteBarrier implements JavaDelegate {
        private final AppointmentWork work;

        NoteBarrier(AppointmentWork work) {
            this.work = work;
        }

        @Override
        public void execute(DelegateExecution execution) {
            work.noteBarrier(Vars.APPOINTMENT_ID.require(execution));
        }
    }

    /** "Record reschedule": a new time books a new appointment (with its own instance); none ends this one. */
    @Component("recordRescheduleDelegate")
    static class RecordReschedule implements JavaDelegate {
        private final AppointmentWork work;

        RecordReschedule(AppointmentWork work) {
            this.work = work;
        }

        @Override
        public void execute(DelegateExecution execution) {
            if (AppointmentProcess.YES.equals(Fields.REBOOK.get(execution))) {
                LocalDate date = Fields.NEW_DATE.get(execution);
                LocalTime time = AppointmentTimes.parse(Fields.NEW_TIME.get(execution));
                if (date == null || time == null) {
                    throw new IllegalArgumentException("The new appointment needs a date and a time.");
                }
                Vars.NEW_APPOINTMENT_ID.set(
                        execution,
                        work.rebook(
                                Vars.APPOINTMENT_ID.require(execution),
                                date,
                                time,
                                CaseVariables.currentUser(execution)));
            } else {
                Vars.NEW_APPOINTMENT_ID.set(execution, null);
            }
            // the answers belong to this task; a variable left in would prefill another
            Var.removeAll(execution, java.util.List.of(Fields.NEW_DATE, Fields.NEW_TIME));
        }
    }
}
