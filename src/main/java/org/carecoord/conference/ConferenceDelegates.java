package org.carecoord.conference;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.conference.CaseConferenceProcess.Fields;
import org.carecoord.conference.CaseConferenceProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service steps of process {@code case-conference}: each reads its form once and records it on the conference. */
@Configuration(proxyBeanMethods = false)
class ConferenceDelegates {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int DEFAULT_MINUTES = 60;

    /**
     * "Open conference": the record form's options and the conference row (unless the API opened it); with no
     * planning member there is nothing to hold and no row is written (care planning asks again next time).
     */
    @Bean
    JavaDelegate openConferenceDelegate(ConferenceService conferences) {
        return execution -> {
            long caseId = CaseVariables.caseId(execution);
            var attendance = conferences.attendance(caseId);
            Vars.PLANNING_MEMBERS.set(execution, attendance.planningMembers());
            Long conferenceId = Vars.CONFERENCE_ID.get(execution);
            if (attendance.planningMembers() == 0) {
                if (conferenceId != null) {
                    conferences.notNeeded(conferenceId);
                }
                return;
            }
            if (conferenceId == null) {
                String reason = Vars.REASON.get(execution, CaseConferenceProcess.REASON_PLAN_APPROVAL);
                Vars.REASON.set(execution, reason);
                conferenceId = conferences.open(caseId, reason, CaseVariables.currentUser(execution));
                Vars.CONFERENCE_ID.set(execution, conferenceId);
            }
            conferences.linkProcess(conferenceId, execution.getProcessInstanceId());
            Vars.ATTENDEE_OPTIONS.set(execution, JSON.valueToTree(attendance.attendeeOptions()));
            Vars.DECISION_OPTIONS.set(
                    execution,
                    JSON.valueToTree(Arrays.stream(ConferenceDecision.values())
                            .map(d -> Map.of("value", d.code(), "label", d.label()))
                            .toList()));
        };
    }

    /** "Schedule conference": the proposed time, when the record is due and when the managers are told. */
    @Bean
    JavaDelegate scheduleConferenceDelegate(ConferenceService conferences) {
        return execution -> {
            Integer minutes = Fields.DURATION_MINUTES.get(execution);
            Instant startsAt = conferences.schedule(
                    Vars.CONFERENCE_ID.require(execution),
                    Fields.DATE.require(execution),
                    LocalTime.parse(Fields.TIME.require(execution).strip()),
                    minutes == null ? DEFAULT_MINUTES : minutes,
                    Fields.PLACE.require(execution).strip(),
                    CaseVariables.currentUser(execution));
            Vars.STARTS_AT.set(execution, Date.from(startsAt));
            Vars.OVERDUE_AT.set(execution, Date.from(conferences.overdueAt(startsAt)));
            Vars.WHEN.set(execution, conferences.when(startsAt));
            Var.removeAll(execution, Fields.PROPOSAL);
        };
    }

    /** "Send invitations" (async, retried): one outbox mail with a calendar invitation per consenting member. */
    @Bean
    JavaDelegate sendConferenceInvitationsDelegate(ConferenceService conferences) {
        return execution -> conferences.invite(Vars.CONFERENCE_ID.require(execution));
    }

    /** "Save conference record": attendees, summary, decisions; "change the plan" routes to a new plan version. */
    @Bean
    JavaDelegate recordConferenceDelegate(ConferenceService conferences) {
        return execution -> {
            boolean planChange = conferences.record(
                    Vars.CONFERENCE_ID.require(execution),
                    Fields.ATTENDEES.get(execution, List.of()),
                    Fields.SUMMARY.require(execution),
                    Fields.DECISIONS.get(execution, List.of()),
                    CaseVariables.currentUser(execution));
            Vars.PLAN_CHANGE.set(execution, planChange);
            Var.removeAll(execution, Fields.RECORD);
        };
    }

    /**
     * "Conference did not take place": the conference waits for a new time; the next proposal changes the members'
     * calendar entry (same UID, next SEQUENCE) instead of adding one.
     */
    @Bean
    JavaDelegate conferenceNotHeldDelegate(ConferenceService conferences) {
        return execution -> {
            conferences.notHeld(Vars.CONFERENCE_ID.require(execution), CaseVariables.currentUser(execution));
            Var.removeAll(execution, Fields.RECORD);
        };
    }

    /** "Prepare plan revision": what care-planning is given by the episode, read from the case record. */
    @Bean
    JavaDelegate preparePlanRevisionDelegate(ConferenceService conferences) {
        return execution -> conferences
                .revisionInputs(CaseVariables.caseId(execution))
                .forEach((name, value) -> Var.of(name, Object.class).set(execution, value));
    }
}
