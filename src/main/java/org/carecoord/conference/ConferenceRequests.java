package org.carecoord.conference;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.careteam.CareTeam;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.conference.CaseConferenceProcess.Vars;
import org.carecoord.security.EngineAsApplication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A conference asked for by a coordinator or manager: checked, opened, and its process started by the application. */
@Service
public class ConferenceRequests {

    public record Requested(long conferenceId, String processInstanceId) {}

    static class NothingToConferException extends RuntimeException {}

    static class ConferenceOpenException extends RuntimeException {}

    private final ConferenceService conferences;
    private final CareTeam team;
    private final CareCaseService cases;
    private final RuntimeService runtime;
    private final IdentityService identity;

    ConferenceRequests(
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

    /**
     * @throws org.carecoord.cases.CaseClosedException the case is closed (409)
     * @throws NothingToConferException no active planning member besides the coordinator (409)
     * @throws ConferenceOpenException  a conference is already requested or scheduled (409)
     */
    @Transactional
    public Requested request(long caseId, String user) {
        return request(caseId, CaseConferenceProcess.REASON_REQUEST, user);
    }

    /** From a plan review that asks for one: nothing happens when there is nobody to confer with or one is open. */
    @Transactional
    public void requestFromReview(long caseId, String user) {
        if (!team.planningMembers(caseId).isEmpty() && conferences.openConferences(caseId) == 0) {
            request(caseId, CaseConferenceProcess.REASON_PLAN_REVIEW, user);
        }
    }

    private Requested request(long caseId, String reason, String user) {
        CareCase careCase = cases.requireOpen(caseId);
        if (team.planningMembers(caseId).isEmpty()) {
            throw new NothingToConferException();
        }
        if (conferences.openConferences(caseId) > 0) {
            throw new ConferenceOpenException();
        }
        long conferenceId = conferences.open(caseId, reason, user);
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.CASE_ID.name(), caseId);
        variables.put(Vars.CASE_NUMBER.name(), careCase.caseNumber());
        variables.put(Vars.CASE_COORDINATOR.name(), careCase.coordinatorId());
        variables.put(Vars.CONFERENCE_ID.name(), conferenceId);
        variables.put(Vars.REASON.name(), reason);
        variables.put(Vars.REQUESTED_BY.name(), user);
        String instanceId = EngineAsApplication.call(
                identity,
                () -> runtime.startProcessInstanceByKey(CaseConferenceProcess.KEY, careCase.caseNumber(), variables)
                        .getId());
        return new Requested(conferenceId, instanceId);
    }
}
