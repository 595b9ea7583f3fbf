package org.carecoord.conference;

import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.careteam.CareTeam;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.conference.CaseConferenceProcess.Vars;
import org.carecoord.security.EngineAsApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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

    record Requested(long conferenceId, String processInstanceId) {}

    static class NothingToConferException extends RuntimeException {}

    static class ConferenceOpenException extends RuntimeException {}

    private final ConferenceService conferences;
    private final CareTeam team;
    private final CareCaseService cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ConferenceController(
            ConferenceService conferences,
            CareTeam team,
            CareCaseService cases,
            RuntimeService runtime,
            IdentityService identity) {
        this.conferences = conferences;
        this.team = team;
        this.cases = cases;
        this.runtime = runtime;
        this.identity = identity;
    }

    @GetMapping("/api/cases/{caseId}/conferences")
    List<CaseConference> list(@PathVariable long caseId) {
        cases.require(caseId);
        return conferences.ofCase(caseId);
    }

    @PostMapping("/api/cases/{caseId}/conferences")
    @Transactional
    ResponseEntity<Requested> request(@PathVariable long caseId, Principal user) {
        CareCase careCase = cases.requireOpen(caseId);
        if (team.planningMembers(caseId).isEmpty()) {
            throw new NothingToConferException();
        }
        if (conferences.openConferences(caseId) > 0) {
            throw new ConferenceOpenException();
        }
        long conferenceId = conferences.open(caseId, CaseConferenceProcess.REASON_REQUEST, user.getName());
        Map<String, Object> variables = Map.of(
                Vars.CASE_ID.name(),
                caseId,
                Vars.CASE_NUMBER.name(),
                careCase.caseNumber(),
                Vars.CASE_COORDINATOR.name(),
                careCase.coordinatorId(),
                Vars.CONFERENCE_ID.name(),
                conferenceId,
                Vars.REASON.name(),
                CaseConferenceProcess.REASON_REQUEST,
                Vars.REQUESTED_BY.name(),
                user.getName());
        String instanceId = EngineAsApplication.call(
                identity,
                () -> runtime.startProcessInstanceByKey(CaseConferenceProcess.KEY, careCase.caseNumber(), variables)
                        .getId());
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/conferences/" + conferenceId))
                .body(new Requested(conferenceId, instanceId));
    }

    @ExceptionHandler(NothingToConferException.class)
    ProblemDetail nothingToConfer() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "The care team has no active member who takes part in planning: add one before asking for a"
                        + " conference.");
        problem.setType(URI.create("urn:carecoord:problem:no-planning-members"));
        return problem;
    }

    @ExceptionHandler(ConferenceOpenException.class)
    ProblemDetail alreadyOpen() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, "A conference of this case is already requested or scheduled.");
        problem.setType(URI.create("urn:carecoord:problem:conference-already-open"));
        return problem;
    }
}
