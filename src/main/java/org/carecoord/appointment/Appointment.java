package org.carecoord.appointment;

import java.time.Instant;

/** One appointment on a case (FHIR Appointment), as stored. */
public record Appointment(
        long id,
        long caseId,
        Instant start,
        Instant end,
        String provider,
        String location,
        String description,
        AppointmentStatus status,
        String fhirStatus,
        boolean transportNeeded,
        String cancellationReason,
        Long contactId,
        Long rebookedFromId,
        boolean reminderQueued,
        Long transportReferralNeedId,
        boolean barrierNoted,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {}
