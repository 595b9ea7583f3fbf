package org.carecoord.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.careplan.PlanClosure.PlanGoal;
import org.carecoord.conference.CaseConferenceProcess;
import org.carecoord.referral.ReferralRequests;

/**
 * Stands in for the case record in process tests: the real delegates, registered under their bean names, call it
 * and it records what they asked for. Findings of the "latest assessment" are whatever the test puts in
 * {@link #findings}. Call {@link Mocks#reset()} after each test.
 */
class RecordingMonitoringService extends MonitoringService {

    record Review(long carePlanId, List<String> outcomes, String decision) {}

    record ReferralRequest(long caseId, String serviceType) {}

    final Map<String, Object> findings = new HashMap<>();
    final List<ContactReport> contacts = new ArrayList<>();
    final List<Review> reviews = new ArrayList<>();
    final List<ReferralRequest> referralRequests = new ArrayList<>();
    /** Cases whose plan review asked for a case conference (the conference's own listener is a stand-in here). */
    final List<Long> conferencesAsked = new ArrayList<>();

    final List<ReferralRequest> plannedReferrals = new ArrayList<>();
    final List<PlanGoal> goals = new ArrayList<>(List.of(
            new PlanGoal(1, "medications", "Keeps all follow-up appointments", "no missed visits"),
            new PlanGoal(2, "food", "Has food every day", null)));

    private RecordingMonitoringService() {
        super(null, null, null, null, null);
    }

    static RecordingMonitoringService registerDelegates(BusinessCalendar calendar, Period reviewEvery) {
        var service = new RecordingMonitoringService();
        var settings = new MonitoringSettings(reviewEvery, "+1 555 0100", calendar);
        Mocks.register("businessCalendar", calendar);
        Mocks.register("monitoringSettings", settings);
        Mocks.register("startCycleDelegate", new StartCycleDelegate(service, settings));
        Mocks.register("recordContactDelegate", new RecordContactDelegate(service));
        Mocks.register("preparePlanReviewDelegate", new PreparePlanReviewDelegate(service));
        Mocks.register("recordPlanReviewDelegate", new RecordPlanReviewDelegate(service, settings));
        Mocks.register("noteDischargeReasonDelegate", new NoteDischargeReasonDelegate());
        ReferralRequests referrals = new ReferralRequests() {
            @Override
            public long request(long caseId, String serviceType, String reason, String actor) {
                service.referralRequests.add(new ReferralRequest(caseId, serviceType));
                return 900L + service.referralRequests.size();
            }

            @Override
            public void startForOpenNeeds(long caseId, List<String> serviceTypes) {
                serviceTypes.forEach(type -> service.plannedReferrals.add(new ReferralRequest(caseId, type)));
            }
        };
        Mocks.register("requestReferralsDelegate", new RequestReferralsDelegate(referrals));
        Mocks.register("startPlanReferralsDelegate", new StartPlanReferralsDelegate(referrals));
        Mocks.register("conferenceFromReviewListener", (org.camunda.bpm.engine.delegate.ExecutionListener)
                execution -> {
                    if (Boolean.TRUE.equals(CaseConferenceProcess.ReviewFields.CONFERENCE_WANTED.get(execution))) {
                        service.conferencesAsked.add(MonitoringProcess.Vars.CASE_ID.require(execution));
                    }
                });
        Mocks.register(
                "showCareTimeListener",
                new ShowCareTimeListener(
                        new CareTime(null, BusinessCalendarProperties.defaults(ZoneOffset.UTC)) {
                            @Override
                            public int minutesThisMonth(long caseId, Instant now) {
                                return service.contacts.size() * 10;
                            }
                        },
                        Clock.systemUTC()));
        return service;
    }

    @Override
    long recordContact(ContactReport report, String user) {
        contacts.add(report);
        return contacts.size();
    }

    @Override
    Map<String, Object> latestFindings(long caseId) {
        Map<String, Object> all = new HashMap<>();
        MonitoringProcess.Vars.FINDINGS.forEach(finding -> all.put(finding.name(), null));
        all.putAll(findings);
        return all;
    }

    @Override
    List<PlanGoal> planGoals(long carePlanId) {
        return goals;
    }

    @Override
    void recordReview(
            long caseId, long carePlanId, List<String> goalOutcomes, String decision, String note, String user) {
        reviews.add(new Review(carePlanId, goalOutcomes, decision));
    }
}
