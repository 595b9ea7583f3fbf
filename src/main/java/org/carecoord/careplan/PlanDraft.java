package org.carecoord.careplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.camunda.bpm.engine.delegate.VariableScope;
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
import org.carecoord.variables.FormDates;
import org.carecoord.variables.Var;

/**
 * A care plan as the coordinator drafted it in "Draft care plan", with the facts it is drafted for. Reading it
 * checks what the form cannot for its optional rows: a row that is begun is complete, every code is of its
 * vocabulary, and each goal and intervention is for a problem on the plan. Empty rows are left out.
 */
record PlanDraft(
        long caseId,
        String riskTier,
        Integer contactIntervalDays,
        List<String> problems,
        Set<String> suggestedProblems,
        List<Goal> goals,
        List<Intervention> interventions,
        List<String> barriers,
        String barrierNote,
        List<String> educationTopics,
        List<String> referralServices) {

    /** Reads the draft from "Save care plan"'s execution. */
    static PlanDraft from(VariableScope execution) {
        return read(new Answers() {
            @Override
            public <T> T get(Var<T> var) {
                return var.get(execution);
            }
        });
    }

    /** Reads the draft from process variables as a client submits them (Tasklist's Json or Java maps and lists). */
    static PlanDraft read(Map<String, ?> variables) {
        return read(new Answers() {
            @Override
            public <T> T get(Var<T> var) {
                return var.from(variables);
            }
        });
    }

    /** Where the draft's answers are read, through their handles. */
    private interface Answers {
        <T> T get(Var<T> var);
    }

    private static PlanDraft read(Answers answers) {
        List<String> problems = codes(answers, DraftForm.PROBLEMS, Problem.class);
        if (problems.isEmpty()) {
            throw new InvalidCarePlanException("check at least one problem");
        }
        List<Goal> goals = new ArrayList<>();
        for (int i = 0; i < DraftForm.GOAL_ROWS.size(); i++) {
            Row row = new Row("goal " + (i + 1), answers.get(DraftForm.GOAL_ROWS.get(i)));
            if (!row.isEmpty(GoalRow.PROBLEM, GoalRow.DESCRIPTION, GoalRow.MEASURE, GoalRow.TARGET_DATE)) {
                goals.add(new Goal(
                        row.problem(GoalRow.PROBLEM, problems),
                        row.required(GoalRow.DESCRIPTION, "a description"),
                        row.required(GoalRow.MEASURE, "a measure"),
                        row.date(GoalRow.TARGET_DATE, "a target date"),
                        GoalStatus.PROPOSED));
            }
        }
        List<Intervention> interventions = new ArrayList<>();
        for (int i = 0; i < DraftForm.INTERVENTION_ROWS.size(); i++) {
            Row row = new Row("intervention " + (i + 1), answers.get(DraftForm.INTERVENTION_ROWS.get(i)));
            if (!row.isEmpty(
                    InterventionRow.PROBLEM,
                    InterventionRow.ACTION,
                    InterventionRow.RESPONSIBLE,
                    InterventionRow.DUE_DATE)) {
                interventions.add(new Intervention(
                        row.problem(InterventionRow.PROBLEM, problems),
                        row.required(InterventionRow.ACTION, "what will be done"),
                        row.code(InterventionRow.RESPONSIBLE, "who is responsible", Responsible.class),
                        row.date(InterventionRow.DUE_DATE, "a date by when"),
                        InterventionStatus.NOT_STARTED));
            }
        }
        if (goals.isEmpty() || interventions.isEmpty()) {
            throw new InvalidCarePlanException("set at least one goal and one intervention");
        }
        String note = answers.get(DraftForm.BARRIER_NOTE);
        List<String> suggested = answers.get(Vars.SUGGESTED_PROBLEMS);
        return new PlanDraft(
                answers.get(Vars.CASE_ID),
                answers.get(Vars.RISK_TIER),
                answers.get(Vars.CONTACT_INTERVAL_DAYS),
                problems,
                new LinkedHashSet<>(suggested == null ? List.of() : suggested),
                goals,
                interventions,
                codes(answers, DraftForm.BARRIERS, Barrier.class),
                note == null || note.isBlank() ? null : note.trim(),
                codes(answers, DraftForm.EDUCATION_TOPICS, EducationTopic.class),
                codes(answers, DraftForm.REFERRAL_SERVICES, Service.class));
    }

    /** The goals as rows of the form (codes and ISO dates), for forms that show the plan. */
    List<Map<String, String>> goalRows() {
        return goals.stream()
                .map(goal -> Map.of(
                        GoalRow.PROBLEM,
                        goal.problem(),
                        GoalRow.DESCRIPTION,
                        goal.description(),
                        GoalRow.MEASURE,
                        goal.measure(),
                        GoalRow.TARGET_DATE,
                        goal.targetDate().toString()))
                .toList();
    }

    /** The interventions as rows of the form (codes and ISO dates), for forms that show the plan. */
    List<Map<String, String>> interventionRows() {
        return interventions.stream()
                .map(intervention -> Map.of(
                        InterventionRow.PROBLEM,
                        intervention.problem(),
                        InterventionRow.ACTION,
                        intervention.action(),
                        InterventionRow.RESPONSIBLE,
                        intervention.responsible(),
                        InterventionRow.DUE_DATE,
                        intervention.dueDate().toString()))
                .toList();
    }

    private static <E extends Enum<E> & Coded> List<String> codes(
            Answers answers, Var<List<String>> field, Class<E> vocabulary) {
        List<String> checked = answers.get(field);
        List<String> codes = checked == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(checked));
        for (String code : codes) {
            if (Coded.fromCode(vocabulary, code).isEmpty()) {
                throw new InvalidCarePlanException(field.name() + " holds an unknown code: " + code);
            }
        }
        return codes;
    }

    /** One goal or intervention row as the form submitted it (a JSON object, or missing when left empty). */
    private record Row(String name, JsonNode fields) {

        Row {
            fields = fields == null ? MissingNode.getInstance() : fields;
        }

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
                throw new InvalidCarePlanException(
                        name + " is for problem \"" + problem + "\", which is not checked among the plan's problems");
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
            return value.isValueNode() && !value.isNull() && !value.asText().isBlank()
                    ? value.asText().trim()
                    : null;
        }
    }
}
