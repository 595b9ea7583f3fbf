package org.carecoord.benefits;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseStatus;
import org.carecoord.referral.ReferralRequests;
import org.carecoord.support.EngineClock;

/**
 * Stands in for the benefits record in process tests: the real delegates and services, under their bean names, over
 * repositories that record what they were asked to store, and a referral stand-in that records each request. The
 * business calendar is real (UTC, 17:00) and follows the engine clock. Call {@link Mocks#reset()} after each test.
 */
final class RecordingBenefits {

    record Action(long problemId, String kind, String detail, LocalDate appealDeadline, String actor) {}

    record ReferralRequest(long caseId, String serviceType, String reason) {}

    final List<Action> actions = new ArrayList<>();
    final Map<Long, String> steps = new HashMap<>();
    final Map<Long, String> outcomes = new HashMap<>();
    final List<ReferralRequest> referrals = new ArrayList<>();
    final Map<Long, Coverage> coverages = new HashMap<>();
    final Map<Long, String> renewalOutcomes = new HashMap<>();
    /** The case the renewal check finds open, or none when it was closed. */
    CareCase openCase;

    final BusinessCalendar calendar;

    private RecordingBenefits() {
        Clock clock = new EngineClock();
        calendar = new BusinessCalendar(BusinessCalendarProperties.defaults(ZoneOffset.UTC), clock);
        var problems = new BenefitProblemRepository(null) {
            @Override
            void recorded(long id, String summary, List<String> documents, String note, String actor, Instant now) {
                steps.put(id, BenefitProblem.STEP_ACT);
            }

            @Override
            void acted(
                    long id, String action, LocalDate deadline, Instant due, Long needId, String actor, Instant now) {
                steps.put(id, BenefitProblem.STEP_FOLLOW_UP);
            }

            @Override
            void outcome(long id, String outcome, String reason, boolean closed, String actor, Instant now) {
                steps.put(id, closed ? BenefitProblem.STEP_CLOSED : BenefitProblem.STEP_ACT);
                outcomes.put(id, outcome);
            }

            @Override
            void addAction(
                    long id, String kind, String detail, LocalDate deadline, String note, String actor, Instant at) {
                actions.add(new Action(id, kind, detail, deadline, actor));
            }
        };
        ReferralRequests referralRequests = new ReferralRequests() {
            @Override
            public long request(long caseId, String serviceType, String reason, String actor) {
                referrals.add(new ReferralRequest(caseId, serviceType, reason));
                return 900 + referrals.size();
            }

            @Override
            public void startForOpenNeeds(long caseId, List<String> serviceTypes) {
                throw new UnsupportedOperationException();
            }
        };
        var service = new BenefitProblemService(
                problems, null, referralRequests, new BenefitDeadlines(calendar), null, null, clock);
        var coverageRepository = new CoverageRepository(null) {
            @Override
            Optional<Coverage> find(long id) {
                return Optional.ofNullable(coverages.get(id));
            }

            @Override
            void renewalOutcome(long id, String outcome, String actor, Instant now) {
                renewalOutcomes.put(id, outcome);
            }
        };
        var renewals = new CoverageRenewals(coverageRepository, null, null, null, calendar, clock) {
            @Override
            Optional<CareCase> openCase(long caseId) {
                return Optional.ofNullable(openCase).filter(c -> c.id() == caseId);
            }
        };
        var delegates = new BenefitsDelegates();
        Mocks.register("saveBenefitProblemDelegate", delegates.saveBenefitProblemDelegate(service));
        Mocks.register("recordBenefitActionDelegate", delegates.recordBenefitActionDelegate(service));
        Mocks.register("recordBenefitOutcomeDelegate", delegates.recordBenefitOutcomeDelegate(service));
        Mocks.register("recordAppealEscalationDelegate", delegates.recordAppealEscalationDelegate(service));
        Mocks.register("checkRenewalNeededDelegate", delegates.checkRenewalNeededDelegate(renewals));
        Mocks.register("recordCoverageRenewalDelegate", delegates.recordCoverageRenewalDelegate(renewals));
        Mocks.register("businessCalendar", calendar);
    }

    static RecordingBenefits registerDelegates() {
        return new RecordingBenefits();
    }

    static CareCase openCase(long id, String caseNumber, String coordinator) {
        return new CareCase(
                id,
                caseNumber,
                7L,
                CaseStatus.ACTIVE,
                null,
                null,
                "chronic-care",
                "primary-care",
                "reason",
                "routine",
                coordinator,
                null,
                Instant.now(),
                null);
    }

    static Coverage coverage(long id, LocalDate end, String status) {
        return new Coverage(
                id,
                "Acme Health",
                "Silver",
                "M123",
                "G1",
                end.minusYears(1),
                end,
                1,
                status,
                null,
                "coordinator",
                Instant.now(),
                "coordinator",
                Instant.now());
    }
}
