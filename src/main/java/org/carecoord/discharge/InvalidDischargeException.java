package org.carecoord.discharge;

import org.camunda.bpm.engine.BadUserRequestException;

/** The discharge summary cannot be kept as submitted; Tasklist shows the message, which holds no patient data. */
class InvalidDischargeException extends BadUserRequestException {

    InvalidDischargeException(String message) {
        super(message);
    }
}
