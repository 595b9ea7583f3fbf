package org.carecoord.appointment;

import java.util.Arrays;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** An appointment's status: the API's word, and the FHIR Appointment.status code stored. */
public enum AppointmentStatus {
    BOOKED("booked", "booked"),
    CONFIRMED("confirmed", "confirmed"),
    ATTENDED("attended", "fulfilled"),
    MISSED("missed", "noshow"),
    CANCELLED("cancelled", "cancelled");

    private final String code;
    private final String fhirCode;

    AppointmentStatus(String code, String fhirCode) {
        this.code = code;
        this.fhirCode = fhirCode;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String fhirCode() {
        return fhirCode;
    }

    /** Still ahead: it can be confirmed, rescheduled or cancelled. */
    public boolean isUpcoming() {
        return this == BOOKED || this == CONFIRMED;
    }

    static Optional<AppointmentStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    static AppointmentStatus ofFhirCode(String fhirCode) {
        return Arrays.stream(values())
                .filter(s -> s.fhirCode.equals(fhirCode))
                .findFirst()
                .orElseThrow();
    }
}
