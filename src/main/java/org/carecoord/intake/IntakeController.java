package org.carecoord.intake;

import java.net.URI;
import java.security.Principal;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Referrals from other systems (hospital discharge planners, primary care, payers). */
@RestController
@RequestMapping("/api/intakes")
class IntakeController {

    private final IntakeService intake;

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @ApiResponse(responseCode = "201", description = "Case opened, episode started")
    @PostMapping
    ResponseEntity<IntakeResult> receive(@Valid @RequestBody IntakeRequest request, Principal user) {
        IntakeResult result = intake.receive(request, user.getName());
        return ResponseEntity.created(URI.create("/api/cases/" + result.caseId()))
                .body(result);
    }

    @ExceptionHandler(OpenEpisodeExistsException.class)
    ProblemDetail openEpisode(OpenEpisodeExistsException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The patient already has an open care episode, " + ex.caseNumber()
                        + "; add to that case instead of opening another.");
        problem.setTitle("Open episode exists");
        problem.setType(URI.create("urn:carecoord:problem:open-episode-exists"));
        problem.setProperty("caseNumber", ex.caseNumber());
        return problem;
    }
}
