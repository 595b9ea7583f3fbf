package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.discharge.DischargeProcess.Vars;
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
        SummaryAnswers summary = SummaryAnswers.from(execution);
        discharges.recordSummary(
                CaseVariables.caseId(execution),
                Vars.CARE_PLAN_ID.get(execution),
                summary.reason(),
                summary.goalOutcomes(),
                summary.note(),
                summary.receivingOrganisation(),
                CaseVariables.currentUser(execution));
    }
}
