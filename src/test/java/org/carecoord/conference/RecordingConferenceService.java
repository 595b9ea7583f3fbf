package org.carecoord.conference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.support.EngineClock;

/**
 * Stands in for the conference record in process tests: the real delegates, registered under their bean names, call
 * it and it records what they asked for. Conference ids start at 500. Call {@link Mocks#reset()} after each test.
 */
class RecordingConferenceService extends ConferenceService {

    record Scheduled(long conferenceId, Instant startsAt, int minutes, String place) {}

    record Recorded(long conferenceId, List<String> attendees, String summary, List<String> decisions) {}

    final List<Long> opened = new ArrayList<>();
    final List<Scheduled> scheduled = new ArrayList<>();
    final List<Long> invited = new ArrayList<>();
    final List<Long> notNeeded = new ArrayList<>();
    final List<Long> notHeld = new ArrayList<>();
    final List<Recorded> recorded = new ArrayList<>();
    final List<Long> referralsStarted = new ArrayList<>();
    int planningMembers = 2;
    private final BusinessCalendar calendar =
            new BusinessCalendar(BusinessCalendarProperties.defaults(ZoneOffset.UTC), new EngineClock());

    private RecordingConferenceService() {
        super(null, null, null, null, null, null, null, "CareCoord <no-reply@carecoord.local>", null, null);
    }

    static RecordingConferenceService registerDelegates() {
        var service = new RecordingConferenceService();
        var delegates = new ConferenceDelegates();
        Mocks.register("openConferenceDelegate", delegates.openConferenceDelegate(service));
        Mocks.register("scheduleConferenceDelegate", delegates.scheduleConferenceDelegate(service));
        Mocks.register("conferenceNotHeldDelegate", delegates.conferenceNotHeldDelegate(service));
        Mocks.register("sendConferenceInvitationsDelegate", delegates.sendConferenceInvitationsDelegate(service));
        Mocks.register("recordConferenceDelegate", delegates.recordConferenceDelegate(service));
        Mocks.register("preparePlanRevisionDelegate", delegates.preparePlanRevisionDelegate(service));
        Mocks.register("startPlanReferralsDelegate", (JavaDelegate)
                execution -> service.referralsStarted.add(CaseConferenceProcess.Vars.CASE_ID.require(execution)));
        Mocks.register("businessCalendar", service.calendar);
        return service;
    }

    @Override
    public long open(long caseId, String reason, String user) {
        long id = 500 + opened.size();
        opened.add(id);
        return id;
    }

    @Override
    void linkProcess(long conferenceId, String processInstanceId) {}

    @Override
    public Attendance attendance(long caseId) {
        List<Map<String, String>> options = new ArrayList<>();
        options.add(Map.of("value", CaseConferenceProcess.COORDINATOR_ATTENDEE, "label", "Care coordinator"));
        for (int i = 1; i <= planningMembers; i++) {
            options.add(Map.of("value", String.valueOf(i), "label", "Member " + i));
        }
        return new Attendance(planningMembers, options);
    }

    @Override
    public void notNeeded(long conferenceId) {
        notNeeded.add(conferenceId);
    }

    @Override
    public void notHeld(long conferenceId, String user) {
        notHeld.add(conferenceId);
    }

    @Override
    public Instant schedule(long conferenceId, LocalDate date, LocalTime time, int minutes, String place, String user) {
        Instant startsAt = date.atTime(time).toInstant(ZoneOffset.UTC);
        scheduled.add(new Scheduled(conferenceId, startsAt, minutes, place));
        return startsAt;
    }

    @Override
    public Instant overdueAt(Instant startsAt) {
        return calendar.dueInBusinessDaysAfter(startsAt.atZone(ZoneOffset.UTC).toLocalDate(), 1)
                .toInstant();
    }

    @Override
    public String when(Instant startsAt) {
        return startsAt.toString();
    }

    @Override
    public int invite(long conferenceId) {
        invited.add(conferenceId);
        return planningMembers;
    }

    @Override
    public boolean record(
            long conferenceId, List<String> attendees, String summary, List<String> decisions, String user) {
        recorded.add(new Recorded(conferenceId, attendees, summary, decisions));
        return decisions.contains(ConferenceDecision.CHANGE_PLAN.code());
    }

    @Override
    public Map<String, Object> revisionInputs(long caseId) {
        return Map.of("riskTier", "high", "urgency", "routine");
    }
}
