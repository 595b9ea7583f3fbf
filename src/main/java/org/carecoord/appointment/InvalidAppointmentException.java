package org.carecoord.appointment;

import java.util.List;

import org.carecoord.web.ApiExceptionHandler.FieldError;

/** The appointment asked for cannot be booked as it is: each field at fault, nothing stored. */
class InvalidAppointmentException extends RuntimeException {

    final List<FieldError> errors;

    InvalidAppointmentException(List<FieldError> errors) {
        super("invalid appointment");
        this.errors = List.copyOf(errors);
    }
}
