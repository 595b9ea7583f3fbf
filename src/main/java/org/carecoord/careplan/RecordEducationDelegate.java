package org.carecoord.careplan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.careplan.CarePlanningProcess.Vars;
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
        EducationAnswers education = EducationAnswers.from(execution);
        plans.recordEducation(
                Vars.CARE_PLAN_ID.require(execution),
                education.topicsCovered(),
                education.teachBackConfirmed(),
                education.materialsGiven(),
                CaseVariables.currentUser(execution));
    }
}
