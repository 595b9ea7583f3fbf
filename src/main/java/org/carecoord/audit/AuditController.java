package org.carecoord.audit;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail of one case, for reviewers and managers (SecurityConfiguration); read-only, like the table. */
@RestController
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEvent> ofCase(@RequestParam long caseId, @RequestParam(defaultValue = "200") int limit) {
        return audit.ofCase(caseId, Math.max(1, Math.min(limit, 1000)));
    }
}
