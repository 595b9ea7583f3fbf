package org.carecoord.discharge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.assessment.LatestScores;
import org.carecoord.careplan.PlanClosure.PlanGoal;
import org.carecoord.referral.ReferralClosure.CancelledReferral;

/**
 * Stands in for the case record in process tests: the real delegates, registered under their bean names, call it
 * and it records what they asked for. The plan has two goals; the latest assessment scored PHQ-9 12 (moderate).
 * Call {@link Mocks#reset()} after each test.
 */
class RecordingDischargeService extends DischargeService {

    static final List<PlanGoal> GOALS = List.of(
            new PlanGoal(71, "food", "Enough food every week", null), new PlanGoal(72, "mood", "PHQ-9 under 10", null));

    record Summary(
            long caseId,
            Long carePlanId,
            String reason,
            List<String> goalOutcomes,
            String note,
            String receivingOrganisation) {}

    final List<Summary> summaries = new ArrayList<>();
    final List<String> referralsCancelledFor = new ArrayList<>();
    final List<Long> patientsNotified = new ArrayList<>();
    final List<Long> closed = new ArrayList<>();

    private RecordingDischargeService() {
        super(null, null, null, null, null, null, null, null, null, null);
    }

    static RecordingDischargeService registerDelegates(RuntimeService runtime) {
        var service = new RecordingDischargeService();
        Mocks.register("gatherDischargeSummaryDataDelegate", new GatherSummaryDataDelegate(service));
        Mocks.register("recordDischargeSummaryDelegate", new RecordSummaryDelegate(service));
        Mocks.register(
                "stopReferralProcessesDelegate", new StopReferralProcessesDelegate(new ReferralInstances(runtime)));
        Mocks.register("cancelOpenReferralsDelegate", new CancelOpenReferralsDelegate(service));
        Mocks.register("notifyPatientOfDischargeDelegate", new NotifyPatientDelegate(service));
        Mocks.register("closeDischargedEpisodeDelegate", new CloseEpisodeDelegate(service));
        return service;
    }

    @Override
    SummaryData summaryData(long caseId, Long carePlanId) {
        return carePlanId == null
                ? new SummaryData(List.of(), Optional.empty())
                : new SummaryData(
                        GOALS,
                        Optional.of(new LatestScores.Assessment(
                                31,
                                "medium",
                                Instant.EPOCH,
                                List.of(new LatestScores.Score("PHQ-9 (depression)", 12, "moderate")))));
    }

    @Override
    void recordSummary(
            long caseId,
            Long carePlanId,
            String reason,
            List<String> goalOutcomes,
            String note,
            String receivingOrganisation,
            String actor) {
        summaries.add(new Summary(caseId, carePlanId, reason, goalOutcomes, note, receivingOrganisation));
    }

    @Override
    List<CancelledReferral> cancelOpenReferrals(long caseId, String caseNumber, String coordinator) {
        referralsCancelledFor.add(caseNumber + " by " + coordinator);
        return List.of();
    }

    @Override
    boolean notifyPatient(long caseId, String caseNumber, String coordinator) {
        patientsNotified.add(caseId);
        return true;
    }

    /** Finished when the summary was about a plan, as the real service decides by the case's active plan. */
    @Override
    String close(long caseId) {
        closed.add(caseId);
        return summaries.get(summaries.size() - 1).carePlanId() != null
                ? DischargeProcess.OUTCOME_FINISHED
                : DischargeProcess.OUTCOME_CANCELLED;
    }
}
