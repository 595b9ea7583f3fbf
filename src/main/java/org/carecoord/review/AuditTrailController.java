package org.carecoord.review;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.camunda.bpm.engine.IdentityService;
import org.carecoord.access.ReviewersOnly;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.security.EngineAsApplication;
import org.carecoord.web.ApiExceptionHandler.FieldError;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One episode's whole audit trail, running or finished, in time order: every process instance of the episode from
 * the engine's history, the case record's own entries and the case's audit events. Read-only; managers, reviewers
 * and admins only (a coordinator gets 403 even for their own case). JSON, or CSV with {@code Accept: text/csv} or
 * {@code ?format=csv} (what a download link can ask for).
 */
@RestController
class AuditTrailController {

    static final String PATH = "/api/cases/{caseId}/audit-trail";
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    /** The whole episode up to this many rows; a longer trail is cut (oldest kept) and says so. */
    static final int MAX_ROWS = 20_000;

    record AuditTrail(
            long caseId,
            String caseNumber,
            String caseStatus,
            int rowLimit,
            boolean truncated,
            int instances,
            List<TrailRow> rows) {}

    private final CareCaseService cases;
    private final EngineTrail engine;
    private final CaseRecordTrail records;
    private final ReviewerCheck reviewers;
    private final IdentityService identity;

    AuditTrailController(
            CareCaseService cases,
            EngineTrail engine,
            CaseRecordTrail records,
            ReviewerCheck reviewers,
            IdentityService identity) {
        this.cases = cases;
        this.engine = engine;
        this.records = records;
        this.reviewers = reviewers;
        this.identity = identity;
    }

    @ApiResponse(
            responseCode = "200",
            description = "The case's audit trail: JSON, or CSV with format=csv or Accept: text/csv",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(implementation = AuditTrail.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    @GetMapping(PATH)
    @ReviewersOnly
    ResponseEntity<?> trail(
            @PathVariable long caseId,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Authentication user) {
        reviewers.require(reviewers.basis(user));
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw new EpisodeFilter.Invalid(List.of(new FieldError("format", "must be json or csv")));
        }
        CareCase careCase = cases.require(caseId);
        AuditTrail trail = assemble(careCase);
        boolean csv = "csv".equals(format) || (format == null && accept != null && accept.contains("text/csv"));
        if (csv) {
            return ResponseEntity.ok()
                    .contentType(CSV)
                    .header(
                            HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"audit-trail-" + careCase.caseNumber() + ".csv\"")
                    .body(TrailCsv.of(trail.rows()));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(trail);
    }

    private AuditTrail assemble(CareCase careCase) {
        List<TrailRow> rows = new ArrayList<>();
        // the user may review every episode (checked above); their engine grants play no part in reading it
        int instances = EngineAsApplication.call(identity, () -> {
            var found = engine.instances(careCase.caseNumber(), careCase.processInstanceId());
            found.forEach(instance -> rows.addAll(engine.rows(instance)));
            return found.size();
        });
        rows.addAll(records.rows(careCase.id(), MAX_ROWS));
        rows.sort(TrailRow.BY_TIME);
        boolean truncated = rows.size() > MAX_ROWS || instances >= EngineTrail.MAX_INSTANCES;
        List<TrailRow> kept = rows.size() > MAX_ROWS ? List.copyOf(rows.subList(0, MAX_ROWS)) : rows;
        return new AuditTrail(
                careCase.id(), careCase.caseNumber(), careCase.status().code(), MAX_ROWS, truncated, instances, kept);
    }
}
