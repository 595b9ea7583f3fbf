package org.carecoord.benefits;

/** Input whose fields contradict each other or the record; answered with 400 naming the field. */
class InvalidBenefitsInputException extends RuntimeException {

    private final String field;

    InvalidBenefitsInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
