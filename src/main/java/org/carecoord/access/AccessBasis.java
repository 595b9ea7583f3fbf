package org.carecoord.access;

/** On what grounds a user may open a case; written to every audit row. */
public enum AccessBasis {
    /** the case's coordinator */
    COORDINATOR("coordinator"),
    /** a coordinator with an open task of the case assigned to them or in their team queue */
    TASK("task"),
    /** a coordinator who broke the glass: a stated reason, for a limited time */
    BREAK_GLASS("break-glass"),
    MANAGER("manager"),
    /** read-only */
    REVIEWER("reviewer"),
    ADMIN("admin"),
    NONE("none");

    private final String code;

    AccessBasis(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
