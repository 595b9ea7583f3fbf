package org.carecoord.conference;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.cases.CareCaseService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's conferences; a coordinator or manager asks for one on an open case (groups: SecurityConfiguration; the
 * case: CaseAccessInterceptor, which also audits). The application starts the process once its checks passed.
 */
@RestController
class ConferenceController {

    private final ConferenceService conferences;
    private final ConferenceRequests requests;
    private final CareCaseService cases;

    ConferenceController(ConferenceService conferences, ConferenceRequests requests, CareCaseService cases) {
        this.conferences = conferences;
        this.requests = requests;
        this.cases = cases;
    }

    @GetMapping("/api/cases/{caseId}/conferences")
    List<CaseConference> list(@PathVariable long caseId) {
        cases.require(caseId);
        return conferences.ofCase(caseId);
    }

    @ApiResponse(responseCode = "201", description = "Requested")
    @PostMapping("/api/cases/{caseId}/conferences")
    ResponseEntity<ConferenceRequests.Requested> request(@PathVariable long caseId, Principal user) {
        var requested = requests.request(caseId, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/conferences/" + requested.conferenceId()))
                .body(requested);
    }

    @ExceptionHandler(ConferenceRequests.NothingToConferException.class)
    ProblemDetail nothingToConfer() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The care team has no active member who takes part in planning: add one before asking for a"
                        + " conference.");
        problem.setType(URI.create("urn:carecoord:problem:no-planning-members"));
        return problem;
    }

    @ExceptionHandler(ConferenceRequests.ConferenceOpenException.class)
    ProblemDetail alreadyOpen() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "A conference of this case is already requested or scheduled.");
        problem.setType(URI.create("urn:carecoord:problem:conference-already-open"));
        return problem;
    }
}
