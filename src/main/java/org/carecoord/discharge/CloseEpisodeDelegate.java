package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Close case and care plan": the case finished (or cancelled) with the reason; the plan completed (or revoked). */
@Component("closeDischargedEpisodeDelegate")
class CloseEpisodeDelegate implements JavaDelegate {

    private final DischargeService discharges;

    CloseEpisodeDelegate(DischargeService discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Vars.DISCHARGE_OUTCOME.set(execution, discharges.close(CaseVariables.caseId(execution)));
    }
}
