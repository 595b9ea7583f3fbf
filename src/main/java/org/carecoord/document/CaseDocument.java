package org.carecoord.document;

import java.time.Instant;

/** A document on a case as the API lists it (never its content). */
record CaseDocument(
        long id,
        long caseId,
        DocumentKind kind,
        String title,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String status,
        String withdrawnReason,
        String uploadedBy,
        Instant uploadedAt,
        String changedBy,
        Instant changedAt,
        String storage) {

    static final String CURRENT = "current";
    static final String WITHDRAWN = "withdrawn";
}
