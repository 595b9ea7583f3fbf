package org.carecoord.appointment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * One appointment as the API and the Case tab show it: times in the business calendar's zone; {@code status} is the
 * CareCoord word, {@code fhirStatus} the FHIR Appointment.status code; {@code origin} is outreach-contact, rebooked
 * (a missed appointment's new time) or case (Case tab or API).
 */
record AppointmentView(
        long id,
        OffsetDateTime start,
        OffsetDateTime end,
        String provider,
        String location,
        String description,
        AppointmentStatus status,
        String fhirStatus,
        boolean transportNeeded,
        String cancellationReason,
        String origin,
        Long rebookedFromId,
        boolean reminderQueued,
        Long transportReferralNeedId,
        boolean barrierNoted,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    static AppointmentView of(Appointment a, ZoneId zone) {
        return new AppointmentView(
                a.id(),
                a.start().atZone(zone).toOffsetDateTime(),
                a.end() == null ? null : a.end().atZone(zone).toOffsetDateTime(),
                a.provider(),
                a.location(),
                a.description(),
                a.status(),
                a.fhirStatus(),
                a.transportNeeded(),
                a.cancellationReason(),
                a.contactId() != null ? "outreach-contact" : a.rebookedFromId() != null ? "rebooked" : "case",
                a.rebookedFromId(),
                a.reminderQueued(),
                a.transportReferralNeedId(),
                a.barrierNoted(),
                a.createdBy(),
                a.createdAt(),
                a.updatedBy(),
                a.updatedAt());
    }
}
