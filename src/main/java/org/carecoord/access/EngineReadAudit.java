package org.carecoord.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.security.Groups;
import org.carecoord.security.TaskReadAudit;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Task forms opened and task variables read through Tasklist or engine REST go to the same audit trail. */
@Component
class EngineReadAudit implements TaskReadAudit {

    private final AuditLog audit;

    EngineReadAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void taskRead(
            String userId, List<String> groups, String taskId, String caseNumber, boolean formOpened, boolean allowed) {
        audit.record(new AuditRecord(
                userId,
                null,
                caseNumber,
                formOpened ? AuditRecord.TASK_FORM_OPENED : AuditRecord.TASK_VARIABLES_READ,
                "task " + taskId,
                basis(groups, allowed).code(),
                allowed,
                clientAddress(),
                null));
    }

    private static AccessBasis basis(List<String> groups, boolean allowed) {
        if (!allowed) {
            return AccessBasis.NONE;
        }
        if (groups.contains(Groups.MANAGERS)) {
            return AccessBasis.MANAGER;
        }
        if (groups.contains(Groups.ADMINS)) {
            return AccessBasis.ADMIN;
        }
        return groups.contains(Groups.REVIEWERS) && !groups.contains(Groups.COORDINATORS)
                ? AccessBasis.REVIEWER
                : AccessBasis.TASK;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
