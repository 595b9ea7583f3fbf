package org.carecoord.security;

/** The Camunda groups CareCoord's users belong to; authorizations are granted per group. */
public final class Groups {

    public static final String COORDINATORS = "coordinators";
    public static final String MANAGERS = "managers";
    public static final String REVIEWERS = "reviewers";
    /** Camunda's built-in administrators group. */
    public static final String ADMINS = "camunda-admin";
    /** The metrics scraper's account: reads {@code /actuator/prometheus} and nothing else (no grants at all). */
    public static final String MONITORING = "monitoring";

    private Groups() {}
}
