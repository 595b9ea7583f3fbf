package org.carecoord.migration;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.security.Groups;
import org.carecoord.web.ApiExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Managers move running cases to a new model version (issue #10 §3): {@code GET /api/admin/migrations/definitions}
 * lists keys and versions with their running instances, {@code POST /api/admin/migrations} previews
 * ({@code dryRun: true}) or starts a migration batch (202). Managers and admins only; every request, allowed or
 * refused, is in the audit trail.
 */
@RestController
class MigrationController {

    static final String PATH = "/api/admin/migrations";
    static final String AUDIT_ACTION = "process-migration";
    private static final Set<String> MAY_MIGRATE = Set.of(Groups.MANAGERS, Groups.ADMINS);
    private static final Logger log = LoggerFactory.getLogger(MigrationController.class);

    private final MigrationPlanner planner;
    private final AuditLog audit;

    MigrationController(MigrationPlanner planner, AuditLog audit) {
        this.planner = planner;
        this.audit = audit;
    }

    @GetMapping(PATH + "/definitions")
    List<DefinitionVersions> definitions(Authentication user, HttpServletRequest request) {
        requireManager(user, request);
        return planner.definitions();
    }

    @ApiResponse(
            responseCode = "200",
            description = "Dry run: what would be migrated",
            content = @Content(schema = @Schema(implementation = MigrationPreview.class)))
    @ApiResponse(
            responseCode = "202",
            description = "Batch started; Location: the batch in Cockpit",
            content = @Content(schema = @Schema(implementation = MigrationStarted.class)))
    @PostMapping(PATH)
    ResponseEntity<?> migrate(
            @Valid @RequestBody MigrationRequest body, Authentication user, HttpServletRequest request) {
        requireManager(user, request);
        String what = body.processDefinitionKey() + " v" + body.fromVersion() + " to v" + body.toVersion();
        try {
            if (body.dryRun()) {
                MigrationPreview preview = planner.preview(body);
                record(user, request, true, "dry run " + what + ": " + preview.instanceCount() + " instances");
                return ResponseEntity.ok(preview);
            }
            MigrationStarted started = planner.start(body);
            record(
                    user,
                    request,
                    true,
                    "batch " + started.batchId() + " " + what + ": " + started.instanceCount() + " instances");
            return ResponseEntity.accepted()
                    .location(URI.create(started.cockpitLink()))
                    .body(started);
        } catch (RuntimeException refused) {
            record(user, request, false, (body.dryRun() ? "dry run refused " : "not started ") + what);
            throw refused;
        }
    }

    private void requireManager(Authentication user, HttpServletRequest request) {
        boolean allowed = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(MAY_MIGRATE::contains);
        if (!allowed) {
            record(user, request, false, "refused: not a manager");
            throw new NotAManagerException();
        }
    }

    private void record(Authentication user, HttpServletRequest request, boolean granted, String what) {
        String basis = user.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(Groups.ADMINS::equals)
                ? "admin"
                : granted ? "manager" : "none";
        audit.record(new AuditRecord(
                user.getName(),
                null,
                null,
                AUDIT_ACTION,
                request.getMethod() + " " + request.getRequestURI(),
                basis,
                granted,
                request.getRemoteAddr(),
                what));
    }

    static final class NotAManagerException extends RuntimeException {}

    @ExceptionHandler(NotAManagerException.class)
    ResponseEntity<ProblemDetail> notAManager() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.FORBIDDEN,
                "Only managers and administrators can migrate running cases to another model version.");
        problem.setTitle("Not allowed");
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    @ExceptionHandler(MigrationRefusedException.class)
    ResponseEntity<ProblemDetail> refused(MigrationRefusedException ex) {
        if (ex.field() != null && ex.status() == HttpStatus.BAD_REQUEST) {
            return ResponseEntity.badRequest()
                    .body(ApiExceptionHandler.invalid(
                            List.of(new ApiExceptionHandler.FieldError(ex.field(), ex.getMessage()))));
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                ex.status(), ex.field() == null ? ex.getMessage() : ex.field() + ": " + ex.getMessage());
        if (ex.field() != null) {
            problem.setProperty("errors", List.of(new ApiExceptionHandler.FieldError(ex.field(), ex.getMessage())));
        }
        return ResponseEntity.status(ex.status()).body(problem);
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ProblemDetail> engineRefused(AuthorizationException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(ProblemDetail.forStatusAndDetail(
                        HttpStatus.FORBIDDEN,
                        "Your engine permissions do not allow migrating instances of this process."));
    }

    /** Whatever else the engine throws stays in the log by type, with an id to quote; never in the response. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engineFailed(ProcessEngineException ex) {
        String errorId = UUID.randomUUID().toString();
        log.error(
                "Migration failed in the engine: {} [error id {}]",
                ex.getClass().getName(),
                errorId);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The engine could not carry out this migration; nothing was migrated. Quote error id " + errorId + ".");
        problem.setProperty("errorId", errorId);
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
