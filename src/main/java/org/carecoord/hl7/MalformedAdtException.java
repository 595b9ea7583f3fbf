package org.carecoord.hl7;

import ca.uhn.hl7v2.ErrorCode;

/** The message cannot be read as an ADT message (answered AR). The text names the field, never its value. */
class MalformedAdtException extends RuntimeException {

    private final ErrorCode errorCode;

    MalformedAdtException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    ErrorCode errorCode() {
        return errorCode;
    }
}
