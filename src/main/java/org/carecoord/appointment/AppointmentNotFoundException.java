package org.carecoord.appointment;

/** No such appointment on the case. */
class AppointmentNotFoundException extends RuntimeException {

    AppointmentNotFoundException() {
        super("no such appointment on the case");
    }
}
