package org.carecoord.document;

import jakarta.servlet.http.HttpServletRequest;

import org.carecoord.access.CaseAccess;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.cases.CareCase;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The audit events of documents, besides the case-read row every request gets: each download of a document (its
 * id in the resource) and each care plan printed, so a reviewer can tell which PHI left the system and as what.
 */
@Component
class DocumentAudit {

    static final String DOCUMENT_DOWNLOAD = "document-download";
    static final String CARE_PLAN_PRINTOUT = "care-plan-printout";

    private final AuditLog audit;
    private final CaseAccess access;

    DocumentAudit(AuditLog audit, CaseAccess access) {
        this.audit = audit;
        this.access = access;
    }

    void downloaded(CareCase careCase, long documentId, Authentication user, HttpServletRequest request) {
        record(careCase, DOCUMENT_DOWNLOAD, "GET /api/cases/{caseId}/documents/" + documentId, user, request);
    }

    void printed(CareCase careCase, int version, Authentication user, HttpServletRequest request) {
        record(careCase, CARE_PLAN_PRINTOUT, "GET /api/cases/{caseId}/care-plans/" + version + " (PDF)", user, request);
    }

    private void record(
            CareCase careCase, String action, String resource, Authentication user, HttpServletRequest request) {
        // the grounds the interceptor allowed this read on (a reviewer's download is a reviewer's)
        var groups = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        var decision = access.decide(user.getName(), groups, careCase, false);
        audit.record(new AuditRecord(
                user.getName(),
                careCase.id(),
                careCase.caseNumber(),
                action,
                resource,
                decision.basis().code(),
                true,
                request.getRemoteAddr(),
                decision.reason()));
    }
}
