package org.carecoord.conference;

import java.time.Instant;
import java.util.List;

/** A case conference as the API and the Case tab show it. */
record CaseConference(
        long id,
        String reason,
        String status,
        Instant startsAt,
        Integer durationMinutes,
        String place,
        String summary,
        List<String> decisions,
        Boolean planChange,
        List<Attendee> attendees,
        String requestedBy,
        String recordedBy,
        Instant recordedAt,
        Instant createdAt) {

    record Attendee(Long memberId, String name, String role) {}

    static final String REQUESTED = "requested";
    static final String SCHEDULED = "scheduled";
    static final String HELD = "held";
    static final String NOT_NEEDED = "not-needed";
}
