package org.carecoord.careplan;

import org.carecoord.variables.JsonVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Record education": the topics taught, whether teach-back confirmed understanding, and the materials given. */
@Component("recordEducationDelegate")
class RecordEducationDelegate implements JavaDelegate {

    private final CarePlanService plans;

    RecordEducationDelegate(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.recordEducation(StepContext.carePlanId(execution),
                JsonVariables.strings(execution.getVariable(EducationForm.TOPICS_COVERED.name())),
                Boolean.TRUE.equals(execution.getVariable(EducationForm.TEACH_BACK_CONFIRMED.name())),
                JsonVariables.strings(execution.getVariable(EducationForm.MATERIALS_GIVEN.name())), CaseVariables.currentUser(execution));
    }
}
