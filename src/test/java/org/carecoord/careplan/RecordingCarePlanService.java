package org.carecoord.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Stands in for the case record in process tests: the real delegates, registered under their bean names, call it
 * and it records what they asked for. Each saved draft becomes the next version, with plan id 100 + version. Call
 * {@link org.camunda.bpm.engine.test.mock.Mocks#reset()} after each test.
 */
class RecordingCarePlanService extends CarePlanService {

    record Approval(long planId, String decision, String comments) {}

    record Activation(long planId, LocalDate agreedOn, String agreedHow) {}

    record Education(long planId, List<String> topicsCovered, boolean teachBackConfirmed, List<String> materials) {}

    static final List<EducationMaterial> CATALOGUE = List.of(
            new EducationMaterial("mental-health-mood", "mental-health", "Low mood: small steps that help", "en", "…"),
            new EducationMaterial("community-211", "community-resources", "Finding help nearby with 211", "en", "…"));

    final List<PlanDraft> drafts = new ArrayList<>();
    final List<Approval> approvals = new ArrayList<>();
    final List<String> changeRequests = new ArrayList<>();
    final List<Long> declined = new ArrayList<>();
    final List<Activation> activations = new ArrayList<>();
    final List<Education> education = new ArrayList<>();

    private RecordingCarePlanService() {
        super(null, null, null, null, null, null, null, null);
    }

    static RecordingCarePlanService registerDelegates() {
        var service = new RecordingCarePlanService();
        Mocks.register("suggestProblemsDelegate", new SuggestProblemsDelegate());
        Mocks.register("saveCarePlanDelegate", new SaveCarePlanDelegate(service));
        Mocks.register("recordApprovalDelegate", new RecordApprovalDelegate(service));
        Mocks.register("recordChangeRequestsDelegate", new RecordChangeRequestsDelegate(service));
        Mocks.register("revokePlanDelegate", new RevokePlanDelegate(service));
        Mocks.register("activatePlanDelegate", new ActivatePlanDelegate(service));
        Mocks.register("prepareEducationMaterialsDelegate", new PrepareEducationMaterialsDelegate(service));
        Mocks.register("recordEducationDelegate", new RecordEducationDelegate(service));
        return service;
    }

    @Override
    CarePlan saveDraft(PlanDraft draft, String userId) {
        drafts.add(draft);
        int version = drafts.size();
        return new CarePlan(
                100 + version,
                draft.caseId(),
                version,
                CarePlanStatus.DRAFT,
                draft.riskTier(),
                draft.contactIntervalDays(),
                draft.barriers(),
                draft.barrierNote(),
                draft.educationTopics(),
                draft.referralServices(),
                userId,
                Instant.now(),
                null,
                null,
                Instant.now());
    }

    @Override
    void recordApproval(long planId, String decision, String comments, String userId) {
        approvals.add(new Approval(planId, decision, comments));
    }

    @Override
    void recordChangeRequests(long planId, String requests, String userId) {
        changeRequests.add(requests);
    }

    @Override
    void decline(long planId, String userId) {
        declined.add(planId);
    }

    @Override
    List<String> activate(long planId, LocalDate agreedOn, String agreedHow, String userId) {
        activations.add(new Activation(planId, agreedOn, agreedHow));
        return latestDraft().referralServices();
    }

    @Override
    EducationPlan educationFor(long planId) {
        List<String> topics = latestDraft().educationTopics();
        return new EducationPlan(
                topics,
                CATALOGUE.stream().filter(m -> topics.contains(m.topic())).toList());
    }

    @Override
    void recordEducation(
            long planId,
            List<String> topicsCovered,
            boolean teachBackConfirmed,
            List<String> materialsGiven,
            String userId) {
        education.add(new Education(planId, topicsCovered, teachBackConfirmed, materialsGiven));
    }

    private PlanDraft latestDraft() {
        return drafts.get(drafts.size() - 1);
    }
}
