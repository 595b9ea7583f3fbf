package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What every step after the draft needs: the plan it works on (who did it: CaseVariables.currentUser). */
final class StepContext {

    private StepContext() {
    }

    static long carePlanId(DelegateExecution execution) {
        return ((Number) execution.getVariable(CarePlanningProcess.Vars.CARE_PLAN_ID.name())).longValue();
    }
}
