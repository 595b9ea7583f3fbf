package org.carecoord.cases;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.access.AccessBasis;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.security.Groups;
import org.carecoord.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "My caseload": a coordinator's own open cases. Managers may ask for any coordinator's; anyone else asking for
 * someone else's gets 403. Each case listed is a read of its record (the patient's name), so each is audited.
 */
@RestController
class CaseloadController {

    static final String PATH = "/api/caseload";
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private final Caseload caseload;
    private final CoordinatorDirectory coordinators;
    private final AuditLog audit;

    CaseloadController(Caseload caseload, CoordinatorDirectory coordinators, AuditLog audit) {
        this.caseload = caseload;
        this.coordinators = coordinators;
        this.audit = audit;
    }

    @ApiResponse(
            responseCode = "200",
            description = "The coordinator's open cases",
            content = @Content(schema = @Schema(implementation = Caseload.Of.class)))
    @GetMapping(PATH)
    ResponseEntity<?> caseload(
            @RequestParam(required = false) String coordinator, Authentication user, HttpServletRequest request) {
        var groups = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        boolean manager = groups.contains(Groups.MANAGERS);
        if (!manager && !groups.contains(Groups.COORDINATORS)) {
            return forbidden("A caseload is a coordinator's: coordinators see their own, managers any coordinator's.");
        }
        String whose = coordinator == null ? user.getName() : coordinator;
        if (!USER_ID.matcher(whose).matches()) {
            return invalid("is not a user id");
        }
        if (!whose.equals(user.getName())) {
            if (!manager) {
                return forbidden("Only managers see another coordinator's caseload.");
            }
            if (!coordinators.coordinatorIds().contains(whose)) {
                return invalid("is not a member of group " + Groups.COORDINATORS);
            }
        }
        Caseload.Of result = caseload.of(whose);
        String basis = manager ? AccessBasis.MANAGER.code() : AccessBasis.COORDINATOR.code();
        result.lines()
                .forEach(line -> audit.record(new AuditRecord(
                        user.getName(),
                        line.caseId(),
                        line.caseNumber(),
                        AuditRecord.CASE_READ,
                        "GET " + PATH,
                        basis,
                        true,
                        request.getRemoteAddr(),
                        null)));
        return ResponseEntity.ok(result);
    }

    private static ResponseEntity<ProblemDetail> forbidden(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setType(URI.create("urn:carecoord:problem:not-your-caseload"));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }

    private static ResponseEntity<ProblemDetail> invalid(String message) {
        return ResponseEntity.badRequest()
                .body(ApiExceptionHandler.invalid(List.of(new ApiExceptionHandler.FieldError("coordinator", message))));
    }
}
