package org.carecoord.careplan;

import static org.carecoord.web.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.carecoord.cases.CareCaseService;
import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.notification.PatientContact;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Care plans through their FHIR lifecycle: each save is a new draft version (earlier drafts are revoked), a manager
 * may approve or return it, the patient agrees (active), asks for changes or declines (revoked). Writes join the
 * caller's (the engine's) transaction.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class CarePlanService {

    private final CarePlanRepository plans;
    private final ReferralNeedRepository referralNeeds;
    private final EducationRepository education;
    private final CareCaseService cases;
    private final PatientContact patients;
    private final Outbox outbox;
    private final EducationLinks educationLinks;
    private final Clock clock;

    CarePlanService(
            CarePlanRepository plans,
            ReferralNeedRepository referralNeeds,
            EducationRepository education,
            CareCaseService cases,
            PatientContact patients,
            Outbox outbox,
            EducationLinks educationLinks,
            Clock clock) {
        this.plans = plans;
        this.referralNeeds = referralNeeds;
        this.education = education;
        this.cases = cases;
        this.patients = patients;
        this.outbox = outbox;
        this.educationLinks = educationLinks;
        this.clock = clock;
    }

    /** Saves the draft as the case's next version; drafts it replaces are revoked. */
    CarePlan saveDraft(PlanDraft draft, String userId) {
        cases.require(draft.caseId());
        Instant now = Instant.now(clock);
        long planId = plans.insertDraft(draft, plans.nextVersion(draft.caseId()), userId, now);
        for (long earlier : plans.othersInStatus(draft.caseId(), planId, CarePlanStatus.DRAFT)) {
            plans.changeStatus(
                    earlier, CarePlanStatus.REVOKED, GoalStatus.CANCELLED, InterventionStatus.CANCELLED, now);
        }
        return require(planId);
    }

    void recordApproval(long planId, String decision, String comments, String userId) {
        if (CarePlanningProcess.APPROVAL_RETURN.equals(decision) && blankToNull(comments) == null) {
            throw new InvalidCarePlanException("say in the comments what the coordinator should change");
        }
        require(planId);
        plans.recordApproval(planId, decision, blankToNull(comments), userId, Instant.now(clock));
    }

    /** The patient asked for changes: the version stays a draft until the revised one replaces it. */
    void recordChangeRequests(long planId, String changeRequests, String userId) {
        require(planId);
        plans.recordPatientDecision(
                planId,
                new CarePlan.PatientReview(
                        CarePlanningProcess.PATIENT_CHANGES_REQUESTED,
                        blankToNull(changeRequests),
                        null,
                        null,
                        userId,
                        Instant.now(clock)));
    }

    /** The patient declined the plan: it is revoked and its goals rejected. */
    void decline(long planId, String userId) {
        require(planId);
        Instant now = Instant.now(clock);
        plans.recordPatientDecision(
                planId,
                new CarePlan.PatientReview(CarePlanningProcess.PATIENT_DECLINED, null, null, null, userId, now));
        plans.changeStatus(planId, CarePlanStatus.REVOKED, GoalStatus.REJECTED, InterventionStatus.CANCELLED, now);
    }

    /**
     * The patient agreed: the plan and its goals become active, a plan it replaces is revoked, and each chosen
     * service becomes an open referral need — unless a referral for it is already under way on the case (a revised
     * plan), which then carries over to this plan. Returns the services newly to refer.
     */
    List<String> activate(long planId, LocalDate agreedOn, String agreedHow, String userId) {
        CarePlan plan = require(planId);
        Instant now = Instant.now(clock);
        plans.recordPatientDecision(
                planId,
                new CarePlan.PatientReview(CarePlanningProcess.PATIENT_AGREED, null, agreedOn, agreedHow, userId, now));
        for (long replaced : plans.othersInStatus(plan.caseId(), planId, CarePlanStatus.ACTIVE)) {
            plans.changeStatus(
                    replaced, CarePlanStatus.REVOKED, GoalStatus.CANCELLED, InterventionStatus.CANCELLED, now);
        }
        plans.changeStatus(planId, CarePlanStatus.ACTIVE, GoalStatus.ACTIVE, InterventionStatus.NOT_STARTED, now);
        return referralNeeds.open(plan.caseId(), planId, plan.referralServices(), now);
    }

    /** The plan's education topics and the catalogue's materials on them, in the patient's language and English. */
    EducationPlan educationFor(long planId) {
        CarePlan plan = require(planId);
        String language = education.preferredLanguage(planId);
        List<String> languages = "en".equals(language) || language == null ? List.of("en") : List.of(language, "en");
        return new EducationPlan(plan.educationTopics(), education.materials(plan.educationTopics(), languages));
    }

    record EducationPlan(List<String> topics, List<EducationMaterial> materials) {}

    /**
     * Records the session; if materials were given and the patient may be mailed, they get a link to them (the mail
     * names no material: a title can reveal a condition), once per plan.
     */
    void recordEducation(
            long planId,
            List<String> topicsCovered,
            boolean teachBackConfirmed,
            List<String> materialsGiven,
            String userId) {
        CarePlan plan = require(planId);
        Instant now = Instant.now(clock);
        long recordId = education.record(planId, topicsCovered, teachBackConfirmed, materialsGiven, userId, now);
        if (materialsGiven.isEmpty()) {
            return;
        }
        patients.byEmail(plan.caseId())
                .ifPresent(patient -> outbox.enqueue(new OutboxMessage(
                        "care-plan:" + planId + ":education",
                        plan.caseId(),
                        patient.email(),
                        MailTemplate.EDUCATION_MATERIALS,
                        Map.of(
                                "firstName",
                                patient.firstName(),
                                "materialsLink",
                                educationLinks.link(recordId, now),
                                "coordinatorName",
                                patients.coordinatorName(
                                        cases.require(plan.caseId()).coordinatorId()),
                                "contactPhone",
                                patients.contactPhone()))));
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    List<CarePlanDetails.Summary> versionsOf(long caseId) {
        cases.require(caseId);
        return plans.findByCase(caseId).stream()
                .map(CarePlanDetails.Summary::of)
                .toList();
    }

    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Optional<CarePlanDetails> version(long caseId, int version) {
        cases.require(caseId);
        return plans.find(caseId, version)
                .map(plan -> new CarePlanDetails(
                        plan.id(),
                        plan.caseId(),
                        plan.version(),
                        plan.status().code(),
                        plan.riskTier(),
                        plan.contactIntervalDays(),
                        plan.createdBy(),
                        plan.createdAt(),
                        plan.statusChangedAt(),
                        plans.problems(plan.id()),
                        plans.goals(plan.id()),
                        plans.interventions(plan.id()),
                        plan.barriers(),
                        plan.barrierNote(),
                        plan.educationTopics(),
                        plan.referralServices(),
                        plan.approval(),
                        plan.patientReview(),
                        referralNeeds.ofPlan(plan.id()),
                        education.ofPlan(plan.id())));
    }

    private CarePlan require(long planId) {
        return plans.lock(planId).orElseThrow(() -> new IllegalStateException("no care plan with id " + planId));
    }
}
