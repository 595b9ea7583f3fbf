package org.carecoord.careteam;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.carecoord.web.ApiExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's care team. Under {@code /api/cases/{caseId}/}, so every call is checked and audited by
 * CaseAccessInterceptor (reviewers read only); changes are for coordinators and managers (SecurityConfiguration).
 */
@RestController
class CareTeamController {

    /** Optional body of a deactivation: the last day of the member's period (default today). */
    record Deactivation(LocalDate periodEnd) {}

    private final CareTeam team;

    CareTeamController(CareTeam team) {
        this.team = team;
    }

    @GetMapping("/api/cases/{caseId}/care-team")
    List<CareTeamMember> list(@PathVariable long caseId) {
        return team.of(caseId);
    }

    @GetMapping("/api/cases/{caseId}/care-team/suggestions")
    List<CareTeam.Suggestion> suggestions(@PathVariable long caseId) {
        return team.suggestions(caseId);
    }

    @ApiResponse(responseCode = "201", description = "Added")
    @PostMapping("/api/cases/{caseId}/care-team")
    ResponseEntity<CareTeamMember> add(
            @PathVariable long caseId, @Valid @RequestBody MemberDetails body, Principal user) {
        return created(caseId, team.add(caseId, body, null, user.getName()));
    }

    /** One click on a suggestion: the provider of an accepted referral joins the team. */
    @ApiResponse(responseCode = "201", description = "Added")
    @PostMapping("/api/cases/{caseId}/care-team/suggestions/{providerId}")
    ResponseEntity<CareTeamMember> addSuggested(
            @PathVariable long caseId, @PathVariable long providerId, Principal user) {
        return created(caseId, team.addSuggested(caseId, providerId, user.getName()));
    }

    @PutMapping("/api/cases/{caseId}/care-team/{memberId}")
    CareTeamMember update(
            @PathVariable long caseId,
            @PathVariable long memberId,
            @Valid @RequestBody MemberDetails body,
            Principal user) {
        return team.update(caseId, memberId, body, user.getName());
    }

    @PostMapping("/api/cases/{caseId}/care-team/{memberId}/deactivate")
    CareTeamMember deactivate(
            @PathVariable long caseId,
            @PathVariable long memberId,
            @RequestBody(required = false) Deactivation body,
            Principal user) {
        return team.deactivate(caseId, memberId, body == null ? null : body.periodEnd(), user.getName());
    }

    @ExceptionHandler(CareTeam.InvalidMemberException.class)
    ProblemDetail invalid(CareTeam.InvalidMemberException ex) {
        return ApiExceptionHandler.invalid(List.of(new ApiExceptionHandler.FieldError(ex.field, ex.getMessage())));
    }

    @ExceptionHandler(CareTeam.MemberNotFoundException.class)
    ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No such care-team member.");
        problem.setType(URI.create("urn:carecoord:problem:care-team-member-not-found"));
        return problem;
    }

    private static ResponseEntity<CareTeamMember> created(long caseId, CareTeamMember member) {
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/care-team/" + member.id()))
                .body(member);
    }
}
