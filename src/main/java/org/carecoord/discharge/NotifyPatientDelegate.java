package org.carecoord.discharge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/** "Send discharge notice to patient": by e-mail, if the patient has one and agreed to be contacted that way. */
@Component("notifyPatientOfDischargeDelegate")
class NotifyPatientDelegate implements JavaDelegate {

    private final DischargeService discharges;

    NotifyPatientDelegate(DischargeService discharges) {
        this.discharges = discharges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        discharges.notifyPatient(
                CaseVariables.caseId(execution), Vars.CASE_NUMBER.get(execution), Vars.CASE_COORDINATOR.get(execution));
    }
}
