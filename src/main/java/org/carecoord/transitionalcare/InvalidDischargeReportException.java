package org.carecoord.transitionalcare;

/** A hospital discharge report whose fields contradict each other; answered with 400 naming the field. */
class InvalidDischargeReportException extends RuntimeException {

    private final String field;

    InvalidDischargeReportException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
