package org.carecoord.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Cancel episode": the episode will not go ahead (ineligible or consent declined); the reason is kept. */
@Component("cancelEpisodeDelegate")
class CancelEpisodeDelegate implements JavaDelegate {

    private final CareCaseService cases;

    CancelEpisodeDelegate(CareCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        String reason = IntakeProcess.Vars.CANCELLATION_REASON.get(execution);
        cases.cancel(caseId, reason, ReferElsewhereForm.from(execution).summary());
        Vars.INTAKE_OUTCOME.set(execution, CareEpisodeProcess.INTAKE_CANCELLED);
    }
}
