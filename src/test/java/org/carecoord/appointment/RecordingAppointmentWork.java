package org.carecoord.appointment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.test.mock.Mocks;

/** Stands in for the appointment record in process tests: the real delegates run, their calls are recorded. */
class RecordingAppointmentWork implements AppointmentWork {

    record Rebooking(long appointmentId, LocalDate date, LocalTime time) {}

    final List<Long> transportReferrals = new ArrayList<>();
    final List<Long> reminders = new ArrayList<>();
    final List<String> attendance = new ArrayList<>();
    final List<Long> barriers = new ArrayList<>();
    final List<Rebooking> rebookings = new ArrayList<>();
    /** What the next "Record attendance" of a miss answers: the second miss with the provider. */
    boolean repeatedMiss;

    static RecordingAppointmentWork registerDelegates() {
        var work = new RecordingAppointmentWork();
        Mocks.register("openTransportReferralDelegate", new AppointmentDelegates.OpenTransportReferral(work));
        Mocks.register("sendAppointmentReminderDelegate", new AppointmentDelegates.SendReminder(work));
        Mocks.register("recordAttendanceDelegate", new AppointmentDelegates.RecordAttendance(work));
        Mocks.register("noteAppointmentBarrierDelegate", new AppointmentDelegates.NoteBarrier(work));
        Mocks.register("recordRescheduleDelegate", new AppointmentDelegates.RecordReschedule(work));
        return work;
    }

    @Override
    public void openTransportReferral(long appointmentId) {
        transportReferrals.add(appointmentId);
    }

    @Override
    public void sendReminder(long appointmentId) {
        reminders.add(appointmentId);
    }

    @Override
    public boolean recordAttendance(long appointmentId, String answer, String user) {
        attendance.add(answer);
        return AppointmentProcess.MISSED.equals(answer) && repeatedMiss;
    }

    @Override
    public void noteBarrier(long appointmentId) {
        barriers.add(appointmentId);
    }

    @Override
    public long rebook(long appointmentId, LocalDate date, LocalTime time, String user) {
        rebookings.add(new Rebooking(appointmentId, date, time));
        return 1000L + rebookings.size();
    }
}
