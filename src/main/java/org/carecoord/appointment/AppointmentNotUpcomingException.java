package org.carecoord.appointment;

/** Only an appointment still ahead (booked or confirmed, its day not yet past) can be changed or cancelled. */
class AppointmentNotUpcomingException extends RuntimeException {

    AppointmentNotUpcomingException() {
        super("the appointment is no longer ahead");
    }
}
