package org.carecoord.cases;

/** The case's episode has ended (finished or cancelled): nothing new can be started on it. */
public class CaseClosedException extends RuntimeException {

    private final long caseId;

    public CaseClosedException(long caseId) {
        super("case " + caseId + " is closed");
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
