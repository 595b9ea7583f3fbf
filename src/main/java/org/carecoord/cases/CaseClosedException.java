package org.carecoord.cases;

/** The request needs an open case, and the case is finished or cancelled. Answered with 409. */
public class CaseClosedException extends RuntimeException {

    private final String caseNumber;

    public CaseClosedException(String caseNumber) {
        super("case " + caseNumber + " is closed");
        this.caseNumber = caseNumber;
    }

    public String caseNumber() {
        return caseNumber;
    }
}
