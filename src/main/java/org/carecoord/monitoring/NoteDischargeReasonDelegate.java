package org.carecoord.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.springframework.stereotype.Component;

/**
 * "Discharge: …" steps: the reason (local input {@code reason}) and an optional note (local input {@code note})
 * become the process's out-variables; the caller runs the discharge.
 */
@Component("noteDischargeReasonDelegate")
class NoteDischargeReasonDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String reason = (String) execution.getVariableLocal(Vars.REASON.name());
        if (!MonitoringProcess.DISCHARGE_REASONS.contains(reason)) {
            throw new IllegalArgumentException("not a discharge reason: " + reason);
        }
        Object note = execution.getVariableLocal(Vars.NOTE.name());
        execution.getProcessInstance().setVariable(Vars.DISCHARGE_REASON.name(), reason);
        execution.getProcessInstance().setVariable(Vars.DISCHARGE_NOTE.name(),
                note == null || note.toString().isBlank() ? null : note.toString());
    }
}
