package org.carecoord.monitoring;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.carecoord.variables.Var;
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
        Map<String, Object> findings = monitoring.latestFindings(CaseVariables.caseId(execution));
        Vars.FINDINGS.forEach(finding -> copy(finding, findings, execution));
        Vars.CONTACT_ATTEMPT.set(execution, 1);
        // the managers' last answers would otherwise fill their next forms
        Var.removeAll(execution, MonitoringProcess.ManagerForms.ALL);
        if (Vars.REVIEWED_RISK_TIER.get(execution) == null) {
            Vars.REVIEWED_RISK_TIER.set(execution, Vars.RISK_TIER.get(execution));
            Vars.REVIEW_DUE_ON.set(execution, settings.nextReviewOn());
        }
    }

    private static <T> void copy(Var<T> finding, Map<String, Object> findings, VariableScope execution) {
        finding.set(execution, finding.from(findings));
    }
}
