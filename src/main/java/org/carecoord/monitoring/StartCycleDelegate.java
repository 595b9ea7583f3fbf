package org.carecoord.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * "Start contact cycle": the latest assessment's findings for DMN risk-tier (so a manager's change of the decision
 * applies from this cycle), the first attempt, and on the first cycle the review schedule.
 */
@Component("startCycleDelegate")
class StartCycleDelegate implements JavaDelegate {

    private final MonitoringService monitoring;
    private final MonitoringSettings settings;

    StartCycleDelegate(MonitoringService monitoring, MonitoringSettings settings) {
        this.monitoring = monitoring;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariables(monitoring.latestFindings(CaseVariables.caseId(execution)));
        execution.setVariable(Vars.CONTACT_ATTEMPT.name(), 1);
        // the managers' last answers would otherwise fill their next forms
        execution.removeVariables(MonitoringProcess.ManagerForms.ALL);
        if (execution.getVariable(Vars.REVIEWED_RISK_TIER.name()) == null) {
            execution.setVariable(Vars.REVIEWED_RISK_TIER.name(), execution.getVariable(Vars.RISK_TIER.name()));
            execution.setVariable(Vars.REVIEW_DUE_ON.name(), settings.nextReviewOn());
        }
    }
}
