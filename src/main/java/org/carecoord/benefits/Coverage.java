package org.carecoord.benefits;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of the patient's coverages, FHIR Coverage-shaped: payor, plan (class plan), subscriberId (member id), group
 * (class group), period, order (1 primary, 2 secondary), status ({@code active} or {@code cancelled}).
 *
 * @param renewalOutcome what came of the last renewal task, if one was worked (a {@link BenefitsProcess.RenewalOutcome}
 *                       code)
 */
public record Coverage(
        long id,
        String payor,
        String plan,
        String subscriberId,
        String group,
        LocalDate periodStart,
        LocalDate periodEnd,
        int order,
        String status,
        String renewalOutcome,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public static final String ACTIVE = "active";
    public static final String CANCELLED = "cancelled";
}
