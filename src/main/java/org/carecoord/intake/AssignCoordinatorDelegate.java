package org.carecoord.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.cases.CareCaseService;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Assign coordinator": the least-loaded coordinator takes the case, which becomes active. */
@Component("assignCoordinatorDelegate")
class AssignCoordinatorDelegate implements JavaDelegate {

    private final CareCaseService cases;

    AssignCoordinatorDelegate(CareCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = CaseVariables.caseId(execution);
        execution.setVariable(Vars.CASE_COORDINATOR, cases.assignCoordinator(caseId));
        execution.setVariable(Vars.INTAKE_OUTCOME, CareEpisodeProcess.INTAKE_ACCEPTED);
    }
}
