package org.carecoord.transitionalcare;

/**
 * The case is still in intake: it has no coordinator yet, so there is nobody to give the transitional-care tasks
 * to. Answered with 409; the stay is reported again once intake is done.
 */
class CaseInIntakeException extends RuntimeException {

    private final String caseNumber;

    CaseInIntakeException(String caseNumber) {
        super("case " + caseNumber + " is still in intake");
        this.caseNumber = caseNumber;
    }

    String caseNumber() {
        return caseNumber;
    }
}
