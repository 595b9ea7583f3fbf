package org.carecoord.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reviewer's tool on a case (e.g. its audit trail): managers, reviewers and admins only. {@link CaseAccessInterceptor}
 * refuses everyone else with 403 — a coordinator even for a case they coordinate — and audits the refusal.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ReviewersOnly {}
