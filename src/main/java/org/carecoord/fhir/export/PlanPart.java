package org.carecoord.fhir.export;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.Labelled;
import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.carecoord.careplan.CarePlanningProcess.Responsible;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;

/** The current care plan: a Condition per problem, a Goal per goal, the CarePlan with its activities. */
final class PlanPart {

    private PlanPart() {}

    static void add(CaseRecord record, BundleEntries entries, Reference patient, Reference team) {
        CaseRecord.Plan plan = record.plan();
        if (plan == null) {
            return;
        }
        // every problem a goal or intervention names gets its Condition, so every link resolves
        Set<String> problems = new LinkedHashSet<>(plan.problems());
        plan.goals().forEach(g -> problems.add(g.problemCode()));
        plan.interventions().forEach(i -> problems.add(i.problemCode()));
        Map<String, Reference> conditions = new LinkedHashMap<>();
        for (String problem : problems) {
            conditions.put(
                    problem, entries.add(condition(plan, problem, patient), "problem-" + plan.id() + "-" + problem));
        }
        Map<Long, Reference> goals = new LinkedHashMap<>();
        for (CaseRecord.Goal g : plan.goals()) {
            goals.put(g.id(), entries.add(goal(g, patient, conditions.get(g.problemCode())), "goal-" + g.id()));
        }
        var carePlan = new CarePlan();
        carePlan.setStatus(CarePlan.CarePlanStatus.fromCode(plan.status()));
        carePlan.setIntent(CarePlan.CarePlanIntent.PLAN);
        carePlan.setTitle("Care plan, version " + plan.version());
        carePlan.setSubject(patient);
        carePlan.setCreatedElement(Fhir.dateTime(plan.createdAt()));
        carePlan.setPeriod(Fhir.period(plan.createdAt(), null));
        carePlan.addCareTeam(team);
        conditions.values().forEach(carePlan::addAddresses);
        goals.values().forEach(carePlan::addGoal);
        for (CaseRecord.Intervention i : plan.interventions()) {
            var detail = carePlan.addActivity().getDetail();
            detail.setStatus(CarePlan.CarePlanActivityStatus.fromCode(i.status()));
            if (Fhir.present(i.statusReason())) {
                detail.setStatusReason(Fhir.text(i.statusReason()));
            }
            detail.setDescription(i.action());
            detail.addReasonReference(conditions.get(i.problemCode()));
            plan.goals().stream()
                    .filter(g -> g.problemCode().equals(i.problemCode()))
                    .forEach(g -> detail.addGoal(goals.get(g.id())));
            detail.addPerformer(Fhir.named(label(Responsible.class, i.responsible())));
            if (i.dueDate() != null) {
                detail.setScheduled(Fhir.period(null, i.dueDate()));
            }
        }
        entries.add(carePlan, "careplan-" + plan.id());
    }

    private static Condition condition(CaseRecord.Plan plan, String problem, Reference patient) {
        var condition = new Condition();
        condition.setClinicalStatus(
                Fhir.concept(FhirCodes.CONDITION_CLINICAL, FhirCodes.conditionClinicalStatus(plan.status()), null));
        CodeableConcept category = Fhir.concept(FhirCodes.CONDITION_CATEGORY, "problem-list-item", "Problem List Item");
        condition.addCategory(category);
        FhirCodes.sdohOfProblem(problem)
                .ifPresent(sdoh -> condition.addCategory(
                        new CodeableConcept(new Coding(FhirCodes.SDOHCC, sdoh.code(), sdoh.display()))));
        condition.setCode(Fhir.concept(FhirCodes.PROBLEM, problem, label(Problem.class, problem)));
        condition.setSubject(patient);
        condition.setRecordedDateElement(Fhir.dateTime(plan.createdAt()));
        return condition;
    }

    private static Goal goal(CaseRecord.Goal g, Reference patient, Reference condition) {
        var goal = new Goal();
        goal.setLifecycleStatus(Goal.GoalLifecycleStatus.fromCode(g.lifecycleStatus()));
        if (g.achievementStatus() != null) {
            goal.setAchievementStatus(Fhir.concept(FhirCodes.GOAL_ACHIEVEMENT, g.achievementStatus(), null));
        }
        goal.setDescription(Fhir.text(g.description()));
        goal.setSubject(patient);
        goal.addAddresses(condition);
        if (Fhir.present(g.measure()) || g.targetDate() != null) {
            var target = goal.addTarget();
            if (Fhir.present(g.measure())) {
                target.setMeasure(Fhir.text(g.measure()));
            }
            if (g.targetDate() != null) {
                target.setDue(Fhir.day(g.targetDate()));
            }
        }
        return goal;
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        return Coded.fromCode(type, code).map(Labelled::label).orElse(code);
    }
}
