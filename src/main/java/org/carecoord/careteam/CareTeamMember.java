package org.carecoord.careteam;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One participant of a case's care team (FHIR CareTeam.participant). {@code id} is null on the coordinator's
 * derived row ({@code derived} true), which follows the case's coordinator and cannot be edited here.
 */
public record CareTeamMember(
        Long id,
        String role,
        String roleLabel,
        String name,
        String organisation,
        String phone,
        String email,
        boolean takesPartInPlanning,
        boolean sharingConsented,
        Long providerId,
        LocalDate periodStart,
        LocalDate periodEnd,
        String status,
        boolean derived,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public static final String ACTIVE = "active";
    public static final String INACTIVE = "inactive";

    public boolean isActive() {
        return ACTIVE.equals(status);
    }

    /** Whether CareCoord may mail this member: active, with an address, and the patient's consent covers sharing. */
    public boolean mayBeMailed() {
        return !derived && isActive() && sharingConsented && email != null && !email.isBlank();
    }
}
