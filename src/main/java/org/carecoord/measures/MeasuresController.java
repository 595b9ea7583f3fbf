package org.carecoord.measures;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.security.Groups;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The program's measures per month, for managers and reviewers (SecurityConfiguration): JSON, or CSV for
 * {@code Accept: text/csv} or {@code ?format=csv}. Counts only, no patient details; every read is audited, since the
 * caseload figures show each coordinator's workload.
 */
@RestController
class MeasuresController {

    static final String PATH = "/api/measures";
    /** The audit action of a measures read (no case). */
    static final String MEASURES_READ = "measures-read";

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MeasuresService measures;
    private final AuditLog audit;
    private final Clock clock;

    MeasuresController(MeasuresService measures, AuditLog audit, Clock clock) {
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
    }

    @ApiResponse(
            responseCode = "200",
            description = "The figures per month: JSON, or CSV (one row per month and figure) with format=csv or"
                    + " Accept: text/csv",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = Measures.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @GetMapping(PATH)
    ResponseEntity<?> measures(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String program,
            @RequestParam(required = false) String coordinator,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication user,
            HttpServletRequest request) {
        audit.record(new AuditRecord(
                user.getName(),
                null,
                null,
                MEASURES_READ,
                "GET " + PATH,
                basis(user),
                true,
                request.getRemoteAddr(),
                null));
        boolean csv = csv(format, accept);
        MeasuresRequest query =
                MeasuresRequest.parse(from, to, program, coordinator, YearMonth.now(clock.withZone(measures.zone())));
        Measures result = measures.measures(query);
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"measures-" + result.from() + "-to-" + result.to() + ".csv\"")
                    .body(MeasuresCsv.of(result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(result);
    }

    private static boolean csv(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new MeasuresRequest.Invalid(List.of(new FieldError("format", "must be csv or json")));
            };
        }
        return accept != null && accept.contains("text/csv");
    }

    private static String basis(Authentication user) {
        boolean manager = user.getAuthorities().stream().anyMatch(a -> Groups.MANAGERS.equals(a.getAuthority()));
        return manager ? "manager" : "reviewer";
    }

    /** 400 naming each invalid parameter. */
    @RestControllerAdvice(basePackageClasses = MeasuresController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class Problems {

        /** problem+json also when the request asked for CSV (the type is set, so no negotiation refuses it). */
        @ExceptionHandler(MeasuresRequest.Invalid.class)
        ResponseEntity<ProblemDetail> invalid(MeasuresRequest.Invalid ex) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(ApiExceptionHandler.invalid(ex.errors));
        }
    }
}
