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
        String reason = Vars.REASON.getLocal(execution);
        if (!MonitoringProcess.DISCHARGE_REASONS.contains(reason)) {
            throw new IllegalArgumentException("not a discharge reason: " + reason);
        }
        String note = Vars.NOTE.getLocal(execution);
        Vars.DISCHARGE_REASON.set(execution.getProcessInstance(), reason);
        Vars.DISCHARGE_NOTE.set(execution.getProcessInstance(), note == null || note.isBlank() ? null : note);
    }
}
