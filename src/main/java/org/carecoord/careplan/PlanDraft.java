package org.carecoord.careplan;

import org.carecoord.variables.FormDates;
import org.carecoord.variables.JsonVariables;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.careplan.CarePlanningProcess.Barrier;
import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationTopic;
import org.carecoord.careplan.CarePlanningProcess.GoalRow;
import org.carecoord.careplan.CarePlanningProcess.InterventionRow;
import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.carecoord.careplan.CarePlanningProcess.Responsible;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.carecoord.careplan.CarePlanningProcess.Vars;

/**
 * A care plan as the coordinator drafted it in "Draft care plan", with the facts it is drafted for. Reading it
 * checks what the form cannot for its optional rows: a row that is begun is complete, every code is of its
 * vocabulary, and each goal and intervention is for a problem on the plan. Empty rows are left out.
 */
record PlanDraft(long caseId, String riskTier, Integer contactIntervalDays, List<String> problems,
                 Set<String> suggestedProblems, List<Goal> goals, List<Intervention> interventions,
                 List<String> barriers, String barrierNote, List<String> educationTopics,
                 List<String> referralServices) {

    /** Reads the draft from the process variables (a delegate's {@code execution.getVariables()}). */
    static PlanDraft read(Map<String, Object> variables) {
        List<String> problems = codes(variables, DraftForm.PROBLEMS.name(), Problem.class);
        if (problems.isEmpty()) {
            throw new InvalidCarePlanException("check at least one problem");
        }
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < DraftForm.GOAL_ROWS.size(); i++) {
            Row row = new Row("goal " + (i + 1), JsonVariables.tree(variables.get(DraftForm.GOAL_ROWS.get(i))));
            if (!row.isEmpty(GoalRow.PROBLEM, GoalRow.DESCRIPTION, GoalRow.MEASURE, GoalRow.TARGET_DATE)) {
                goals.add(new Goal(row.problem(GoalRow.PROBLEM, problems),
                        row.required(GoalRow.DESCRIPTION, "a description"), row.required(GoalRow.MEASURE, "a measure"),
                        row.date(GoalRow.TARGET_DATE, "a target date"), GoalStatus.PROPOSED));
            }
        }
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < DraftForm.INTERVENTION_ROWS.size(); i++) {
            Row row = new Row("intervention " + (i + 1),
                    JsonVariables.tree(variables.get(DraftForm.INTERVENTION_ROWS.get(i))));
            if (!row.isEmpty(InterventionRow.PROBLEM, InterventionRow.ACTION, InterventionRow.RESPONSIBLE,
                    InterventionRow.DUE_DATE)) {
                interventions.add(new Intervention(row.problem(InterventionRow.PROBLEM, problems),
                        row.required(InterventionRow.ACTION, "what will be done"),
                        row.code(InterventionRow.RESPONSIBLE, "who is responsible", Responsible.class),
                        row.date(InterventionRow.DUE_DATE, "a date by when"), InterventionStatus.NOT_STARTED));
            }
        }
        if (goals.isEmpty() || interventions.isEmpty()) {
            throw new InvalidCarePlanException("set at least one goal and one intervention");
        }
        Object riskTier = variables.get(Vars.RISK_TIER.name());
        Object interval = variables.get(Vars.CONTACT_INTERVAL_DAYS.name());
        Object note = variables.get(DraftForm.BARRIER_NOTE.name());
        return new PlanDraft(((Number) variables.get(Vars.CASE_ID.name())).longValue(),
                riskTier == null ? null : riskTier.toString(),
                interval instanceof Number n ? n.intValue() : null,
                problems, new LinkedHashSet<>(JsonVariables.strings(variables.get(Vars.SUGGESTED_PROBLEMS.name()))),
                goals, interventions,
                codes(variables, DraftForm.BARRIERS.name(), Barrier.class),
                note == null || note.toString().isBlank() ? null : note.toString().trim(),
                codes(variables, DraftForm.EDUCATION_TOPICS.name(), EducationTopic.class),
                codes(variables, DraftForm.REFERRAL_SERVICES.name(), Service.class));
    }

    /** The goals as rows of the form (codes and ISO dates), for forms that show the plan. */
    List<Map<String, String>> goalRows() {
        return goals.stream().map(goal -> Map.of(GoalRow.PROBLEM, goal.problem(),
                GoalRow.DESCRIPTION, goal.description(), GoalRow.MEASURE, goal.measure(),
                GoalRow.TARGET_DATE, goal.targetDate().toString())).toList();
    }

    /** The interventions as rows of the form (codes and ISO dates), for forms that show the plan. */
    List<Map<String, String>> interventionRows() {
        return interventions.stream().map(intervention -> Map.of(InterventionRow.PROBLEM, intervention.problem(),
                InterventionRow.ACTION, intervention.action(), InterventionRow.RESPONSIBLE, intervention.responsible(),
                InterventionRow.DUE_DATE, intervention.dueDate().toString())).toList();
    }

    private static <E extends Enum<E> & Coded> List<String> codes(Map<String, Object> variables, String name,
                                                                   Class<E> vocabulary) {
        List<String> codes = new ArrayList<>(new LinkedHashSet<>(JsonVariables.strings(variables.get(name))));
        for (String code : codes) {
            if (Coded.fromCode(vocabulary, code).isEmpty()) {
                throw new InvalidCarePlanException(name + " holds an unknown code: " + code);
            }
        }
        return codes;
    }

    /** One goal or intervention row as the form submitted it (a JSON object, or missing when left empty). */
    private record Row(String name, JsonNode fields) {

        boolean isEmpty(String... keys) {
            for (String key : keys) {
                if (text(key) != null) {
                    return false;
                }
            }
            return true;
        }

        String problem(String key, List<String> problems) {
            String problem = code(key, "the problem it addresses", Problem.class);
            if (!problems.contains(problem)) {
                throw new InvalidCarePlanException(name + " is for problem \"" + problem
                        + "\", which is not checked among the plan's problems");
            }
            return problem;
        }

        <E extends Enum<E> & Coded> String code(String key, String needed, Class<E> vocabulary) {
            String code = required(key, needed);
            if (Coded.fromCode(vocabulary, code).isEmpty()) {
                throw new InvalidCarePlanException(name + " holds an unknown code: " + code);
            }
            return code;
        }

        String required(String key, String needed) {
            String value = text(key);
            if (value == null) {
                throw new InvalidCarePlanException(name + " needs " + needed);
            }
            return value;
        }

        /** A date typed as MM/DD/YYYY (or yyyy-MM-dd); see {@link FormDates}. */
        LocalDate date(String key, String needed) {
            LocalDate date = FormDates.parse(required(key, needed));
            if (date == null) {
                throw new InvalidCarePlanException(name + " needs " + needed + " as MM/DD/YYYY");
            }
            return date;
        }

        private String text(String key) {
            JsonNode value = fields.path(key);
            return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText().trim() : null;
        }
    }
}
