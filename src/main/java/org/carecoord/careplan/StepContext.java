package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every step after a user task needs: the plan it works on and who completed the task. */
final class StepContext {

    private StepContext() {
    }

    /** Tasklist and the REST API complete tasks as the signed-in user. */
    static String user(DelegateExecution execution) {
        return org.carecoord.variables.CaseVariables.currentUser(execution);
    }

    static long carePlanId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CarePlanningProcess.Vars.CARE_PLAN_ID)).longValue();
    }
}
