package org.carecoord.discharge;

import static org.carecoord.web.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.carecoord.assessment.LatestScores;
import org.carecoord.careplan.PlanClosure;
import org.carecoord.careplan.PlanClosure.PlanGoal;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.notification.PatientContact;
import org.carecoord.patient.PatientRepository;
import org.carecoord.referral.ReferralClosure;
import org.carecoord.referral.ReferralClosure.CancelledReferral;
import org.carecoord.referral.ReferralSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the discharge steps do to the case record and whom they write to. Joins the engine's transaction. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class DischargeService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    /** What the summary form shows: the plan's goals (in order) and the latest assessment, if any. */
    record SummaryData(List<PlanGoal> goals, Optional<LatestScores.Assessment> assessment) {}

    private final DischargeRepository discharges;
    private final CareCaseService cases;
    private final PlanClosure plans;
    private final LatestScores scores;
    private final ReferralClosure referrals;
    private final PatientRepository patients;
    private final Outbox outbox;
    private final PatientContact contact;
    private final ReferralSettings settings;
    private final Clock clock;

    DischargeService(
            DischargeRepository discharges,
            CareCaseService cases,
            PlanClosure plans,
            LatestScores scores,
            ReferralClosure referrals,
            PatientRepository patients,
            Outbox outbox,
            PatientContact contact,
            ReferralSettings settings,
            Clock clock) {
        this.discharges = discharges;
        this.cases = cases;
        this.plans = plans;
        this.scores = scores;
        this.referrals = referrals;
        this.patients = patients;
        this.outbox = outbox;
        this.contact = contact;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    SummaryData summaryData(long caseId, Long carePlanId) {
        return new SummaryData(plan(caseId, carePlanId).map(plans::goalsOf).orElse(List.of()), scores.of(caseId));
    }

    /**
     * Keeps the summary: the reason, each goal's outcome (row n of the form is the plan's goal n), the note and,
     * for a transfer, the receiving organisation.
     *
     * @throws InvalidDischargeException if the reason is not a known code, a transfer names no organisation, or the
     *                                   case was discharged already
     */
    void recordSummary(
            long caseId,
            Long carePlanId,
            String reason,
            List<String> goalOutcomes,
            String note,
            String receivingOrganisation,
            String actor) {
        if (!DischargeProcess.REASONS.contains(reason)) {
            throw new InvalidDischargeException("choose the reason for discharge");
        }
        if (DischargeProcess.REASON_TRANSFERRED.equals(reason) && blankToNull(receivingOrganisation) == null) {
            throw new InvalidDischargeException("name the organisation that takes over the patient's care");
        }
        cases.require(caseId);
        if (discharges.findByCase(caseId).isPresent()) {
            throw new InvalidDischargeException("this case has a discharge summary already");
        }
        Optional<Long> planId = plan(caseId, carePlanId);
        List<PlanGoal> goals = planId.map(plans::goalsOf).orElse(List.of());
        Map<Long, String> outcomes = new LinkedHashMap<>();
        for (int row = 0; row < Math.min(goals.size(), goalOutcomes.size()); row++) {
            String outcome = goalOutcomes.get(row);
            if (outcome != null && !DischargeProcess.ACHIEVEMENTS.contains(outcome)) {
                throw new InvalidDischargeException("goal " + (row + 1) + " has an unknown outcome");
            }
            if (outcome != null) {
                outcomes.put(goals.get(row).id(), outcome);
            }
        }
        discharges.insertSummary(
                new DischargeSummary(
                        caseId,
                        planId.orElse(null),
                        scores.of(caseId)
                                .map(LatestScores.Assessment::assessmentId)
                                .orElse(null),
                        reason,
                        blankToNull(note),
                        DischargeProcess.REASON_TRANSFERRED.equals(reason) ? blankToNull(receivingOrganisation) : null,
                        actor,
                        outcomes),
                Instant.now(clock));
    }

    /**
     * Cancels the case's open referrals ("patient discharged", by whoever prepared the summary). A provider who had
     * accepted gets the discharge notice; one only asked gets word that the referral is withdrawn.
     */
    List<CancelledReferral> cancelOpenReferrals(long caseId, String caseNumber, String coordinator) {
        String actor =
                discharges.findByCase(caseId).map(DischargeSummary::preparedBy).orElse(null);
        List<CancelledReferral> cancelled = referrals.cancelOpen(caseId, DischargeProcess.PATIENT_DISCHARGED, actor);
        for (CancelledReferral referral :
                cancelled.stream().filter(CancelledReferral::sentToProvider).toList()) {
            if (referral.wasUnderWay()) {
                outbox.enqueue(new OutboxMessage(
                        "referral:" + referral.referralId() + ":discharged",
                        caseId,
                        referral.providerEmail(),
                        MailTemplate.DISCHARGE_NOTICE,
                        notice(referral.providerName(), caseNumber, coordinator)));
            } else {
                outbox.enqueue(new OutboxMessage(
                        "referral:" + referral.referralId() + ":withdrawn",
                        caseId,
                        referral.providerEmail(),
                        MailTemplate.REFERRAL_WITHDRAWN,
                        Map.of(
                                "providerName",
                                referral.providerName(),
                                "serviceName",
                                referral.serviceName(),
                                "referenceNumber",
                                caseNumber,
                                "contactPhone",
                                settings.contactPhone())));
            }
        }
        return cancelled;
    }

    /** The discharge notice to the patient, if they have an e-mail address and consented to contact by e-mail. */
    boolean notifyPatient(long caseId, String caseNumber, String coordinator) {
        CareCase careCase = cases.require(caseId);
        var patient = patients.findById(careCase.patientId()).orElseThrow();
        if (blankToNull(patient.email()) == null || !discharges.emailConsented(caseId)) {
            return false;
        }
        return outbox.enqueue(new OutboxMessage(
                "case:" + caseId + ":discharge:patient",
                caseId,
                patient.email(),
                MailTemplate.DISCHARGE_NOTICE,
                notice(patient.firstName(), caseNumber, coordinator)));
    }

    /**
     * Ends the episode with the summary's reason: finished, and the active plan completed with the goals rated
     * achieved, when a plan was active; otherwise cancelled, and any plan not yet active revoked.
     *
     * @return {@link DischargeProcess#OUTCOME_FINISHED} or {@link DischargeProcess#OUTCOME_CANCELLED}
     */
    String close(long caseId) {
        DischargeSummary summary = discharges
                .findByCase(caseId)
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no discharge summary"));
        String note =
                summary.receivingOrganisation() == null ? null : "Transferred to " + summary.receivingOrganisation();
        Optional<Long> activePlan = plans.activePlanOf(caseId);
        if (activePlan.isPresent()) {
            plans.complete(
                    activePlan.get(),
                    summary.goalOutcomes().entrySet().stream()
                            .filter(outcome -> DischargeProcess.ACHIEVED.equals(outcome.getValue()))
                            .map(Map.Entry::getKey)
                            .toList());
            cases.finish(caseId, summary.reason(), note);
            return DischargeProcess.OUTCOME_FINISHED;
        }
        plans.revokeOpenPlans(caseId);
        cases.cancel(caseId, summary.reason(), note);
        return DischargeProcess.OUTCOME_CANCELLED;
    }

    private Optional<Long> plan(long caseId, Long carePlanId) {
        return carePlanId != null ? Optional.of(carePlanId) : plans.activePlanOf(caseId);
    }

    private Map<String, String> notice(String recipientName, String caseNumber, String coordinator) {
        return Map.of(
                "recipientName",
                recipientName,
                "referenceNumber",
                caseNumber,
                "dischargeDate",
                DAY.format(Instant.now(clock).atZone(clock.getZone())),
                "coordinatorName",
                contact.coordinatorName(coordinator),
                "contactPhone",
                settings.contactPhone());
    }
}
