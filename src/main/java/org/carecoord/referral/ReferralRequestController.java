package org.carecoord.referral;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.cases.CareCaseService;
import org.carecoord.web.ApiExceptionHandler;
import org.carecoord.web.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's referrals as they stand; a coordinator (or manager) opens a referral on an open case at any time (groups:
 * SecurityConfiguration).
 */
@RestController
class ReferralRequestController {

    /** What to refer the patient to and, optionally, why (short, no diagnoses). */
    record ReferralRequestBody(
            @NotBlank @Size(max = 40) String serviceType,
            @Size(max = 500) @PlainText(multiline = true) String reason) {}

    private final AdHocReferrals referrals;
    private final ReferralRepository repository;
    private final CareCaseService cases;

    ReferralRequestController(AdHocReferrals referrals, ReferralRepository repository, CareCaseService cases) {
        this.referrals = referrals;
        this.repository = repository;
        this.cases = cases;
    }

    /** The case's referrals, newest first, with provider and status history: a provider's answer shows at once. */
    @GetMapping("/api/cases/{caseId}/referrals")
    List<CaseReferral> referralsOf(@PathVariable long caseId) {
        cases.require(caseId);
        return repository.ofCase(caseId);
    }

    @ApiResponse(responseCode = "201", description = "Requested")
    @PostMapping("/api/cases/{caseId}/referrals")
    ResponseEntity<AdHocReferrals.Requested> request(
            @PathVariable long caseId, @Valid @RequestBody ReferralRequestBody body, Principal user) {
        String reason = body.reason() == null || body.reason().isBlank()
                ? null
                : body.reason().strip();
        var requested = referrals.requestReferral(caseId, body.serviceType(), reason, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/referrals/" + requested.referralNeedId()))
                .body(requested);
    }

    @ExceptionHandler(AdHocReferrals.UnknownServiceException.class)
    ProblemDetail unknownService() {
        return ApiExceptionHandler.invalid(
                List.of(new ApiExceptionHandler.FieldError("serviceType", "is not a known service type")));
    }

    @ExceptionHandler(AdHocReferrals.NeedAlreadyOpenException.class)
    ProblemDetail alreadyOpen(AdHocReferrals.NeedAlreadyOpenException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "A referral for this service is already open on the case.");
        problem.setTitle("Referral already open");
        problem.setType(URI.create("urn:carecoord:problem:referral-already-open"));
        problem.setProperty("referralNeedId", ex.referralNeedId);
        return problem;
    }
}
