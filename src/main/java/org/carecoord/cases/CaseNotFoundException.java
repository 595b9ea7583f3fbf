package org.carecoord.cases;

public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long caseId) {
        super("no care case with id " + caseId);
    }
}
