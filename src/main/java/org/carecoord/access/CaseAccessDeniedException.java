package org.carecoord.access;

/** The signed-in user may not open this case (and, if a coordinator, may break the glass). */
class CaseAccessDeniedException extends RuntimeException {

    final long caseId;
    final boolean mayBreakGlass;

    CaseAccessDeniedException(long caseId, boolean mayBreakGlass) {
        super("case access denied", null, false, false);
        this.caseId = caseId;
        this.mayBreakGlass = mayBreakGlass;
    }
}
