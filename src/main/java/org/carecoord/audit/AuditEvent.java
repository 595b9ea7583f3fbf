package org.carecoord.audit;

import java.time.Instant;

/** An audit row as reviewers read it through {@code GET /api/audit}. */
public record AuditEvent(
        long id,
        Instant occurredAt,
        String userId,
        Long caseId,
        String caseNumber,
        String action,
        String resource,
        String basis,
        String outcome,
        String clientAddress,
        String reason) {}
