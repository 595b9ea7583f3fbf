package org.carecoord.access;

import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.web.PlainText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Breaking the glass: a coordinator who must open a case they neither coordinate nor have a task of states why, and
 * may then read it for a limited time ({@code carecoord.access.break-glass-duration}, default 2 hours). Every such
 * access is in the audit trail with its reason, and managers list them at {@code GET /api/break-glass}.
 */
@RestController
class BreakGlassController {

    static final String PATH = "/api/cases/{caseId}/break-glass";

    record BreakGlassRequest(
            @NotBlank @Size(min = 10, max = 500) @PlainText(multiline = true)
            String reason) {}

    record BreakGlassGranted(long caseId, String caseNumber, Instant expiresAt) {}

    private final CareCaseService cases;
    private final BreakGlassRepository grants;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration duration;

    BreakGlassController(
            CareCaseService cases,
            BreakGlassRepository grants,
            AuditLog audit,
            Clock clock,
            @Value("${carecoord.access.break-glass-duration:PT2H}") Duration duration) {
        this.cases = cases;
        this.grants = grants;
        this.audit = audit;
        this.clock = clock;
        this.duration = duration;
    }

    @ApiResponse(responseCode = "201", description = "Granted (audited)")
    @PostMapping(PATH)
    @Transactional
    ResponseEntity<BreakGlassGranted> breakGlass(
            @PathVariable long caseId,
            @Valid @RequestBody BreakGlassRequest body,
            Principal user,
            HttpServletRequest request) {
        CareCase careCase = cases.require(caseId);
        Instant now = Instant.now(clock);
        String reason = body.reason().strip();
        grants.insert(caseId, user.getName(), reason, now, now.plus(duration));
        audit.record(new AuditRecord(
                user.getName(),
                caseId,
                careCase.caseNumber(),
                AuditRecord.BREAK_GLASS,
                "POST " + PATH,
                AccessBasis.BREAK_GLASS.code(),
                true,
                request.getRemoteAddr(),
                reason));
        return ResponseEntity.created(URI.create("/api/cases/" + caseId))
                .body(new BreakGlassGranted(caseId, careCase.caseNumber(), now.plus(duration)));
    }

    /** Break-the-glass accesses of the last {@code days} days, newest first (managers, reviewers). */
    @GetMapping("/api/break-glass")
    List<BreakGlassRepository.Grant> recent(@RequestParam(defaultValue = "7") int days) {
        int window = Math.max(1, Math.min(days, 3660));
        return grants.since(Instant.now(clock).minus(Duration.ofDays(window)), 500);
    }
}
