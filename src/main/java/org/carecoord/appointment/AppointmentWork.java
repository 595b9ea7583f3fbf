package org.carecoord.appointment;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the {@code appointment} model's steps do on the case record (a recording stand-in in process tests). */
interface AppointmentWork {

    /** Opens a transportation referral for the appointment (or finds the one under way) and notes it. */
    void openTransportReferral(long appointmentId);

    /** Queues the reminder to the patient, consent permitting, if the appointment is still ahead. */
    void sendReminder(long appointmentId);

    /**
     * Records attended / missed / cancelled.
     *
     * @return true when a miss is the {@link AppointmentProcess#MISSES_FOR_BARRIER}th (or later) with the provider
     */
    boolean recordAttendance(long appointmentId, String attendance, String user);

    /** Notes repeated missed appointments with the provider as a barrier on the active care plan. */
    void noteBarrier(long appointmentId);

    /** Books the missed appointment's new time; returns the new appointment's id. */
    long rebook(long appointmentId, LocalDate date, LocalTime time, String user);
}
