package org.carecoord.access;

/** The signed-in user may not open this case (and, if a coordinator, may break the glass). */
class CaseAccessDeniedException extends RuntimeException {

    final long caseId;
    final boolean mayBreakGlass;
    /** A reviewers' tool ({@link ReviewersOnly}) asked for by someone else: breaking the glass would not help. */
    final boolean reviewersOnly;

    CaseAccessDeniedException(long caseId, boolean mayBreakGlass) {
        this(caseId, mayBreakGlass, false);
    }

    CaseAccessDeniedException(long caseId, boolean mayBreakGlass, boolean reviewersOnly) {
        super("case access denied", null, false, false);
        this.caseId = caseId;
        this.mayBreakGlass = mayBreakGlass && !reviewersOnly;
        this.reviewersOnly = reviewersOnly;
    }
}
