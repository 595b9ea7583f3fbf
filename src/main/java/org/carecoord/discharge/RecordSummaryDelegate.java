package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.discharge.DischargeProcess.SummaryForm;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Record discharge summary": the coordinator's summary goes to the case record, with who and when. */
@Component("recordDischargeSummaryDelegate")
class RecordSummaryDelegate implements JavaDelegate {

    private final DischargeService discharges;

    RecordSummaryDelegate(DischargeService discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        discharges.recordSummary(CaseVariables.caseId(execution), DischargeSteps.carePlanId(execution),
                DischargeSteps.text(execution, SummaryForm.DISCHARGE_REASON.name()),
                SummaryForm.GOAL_OUTCOMES.stream().map(name -> DischargeSteps.text(execution, name)).toList(),
                DischargeSteps.text(execution, SummaryForm.SUMMARY_NOTE.name()),
                DischargeSteps.text(execution, SummaryForm.RECEIVING_ORGANISATION.name()),
                CaseVariables.currentUser(execution));
    }
}
