package org.carecoord.hl7;

import ca.uhn.hl7v2.ErrorCode;

/**
 * A well-formed message that CareCoord cannot apply (answered AE): no patient, no open case, a case still in intake,
 * a date in the future, an unsupported event. The text says why without any patient detail.
 */
class AdtNotApplicableException extends RuntimeException {

    private final ErrorCode errorCode;

    AdtNotApplicableException(ErrorCode errorCode, String message) {
        super(message);
        this.errorCode = errorCode;
    }

    ErrorCode errorCode() {
        return errorCode;
    }
}
