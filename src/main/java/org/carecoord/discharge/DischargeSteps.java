package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.discharge.DischargeProcess.Vars;

/** Typed access to what the discharge steps read. */
final class DischargeSteps {

    private DischargeSteps() {
    }

    static Long carePlanId(VariableScope scope) {
        return scope.getVariable(Vars.CARE_PLAN_ID.name()) instanceof Number id ? id.longValue() : null;
    }

    static String caseNumber(VariableScope scope) {
        return (String) scope.getVariable(Vars.CASE_NUMBER.name());
    }

    static String coordinator(VariableScope scope) {
        return (String) scope.getVariable(Vars.CASE_COORDINATOR.name());
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }
}
