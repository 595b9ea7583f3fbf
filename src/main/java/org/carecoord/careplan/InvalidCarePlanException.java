package org.carecoord.careplan;

import org.camunda.bpm.engine.BadUserRequestException;

/** A form submitted for the plan cannot be accepted as it stands; Tasklist shows the message and keeps the form. */
class InvalidCarePlanException extends BadUserRequestException {

    InvalidCarePlanException(String message) {
        super("The care plan step cannot be completed: " + message);
    }
}
