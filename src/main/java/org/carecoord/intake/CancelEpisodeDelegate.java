package org.carecoord.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.Vars;
import org.carecoord.cases.CareCaseService;
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
        String reason = (String) execution.getVariable(IntakeProcess.Vars.CANCELLATION_REASON.name());
        Object referredTo = execution.getVariable(IntakeProcess.Vars.REFERRED_TO.name());
        Object note = execution.getVariable(IntakeProcess.Vars.REFER_ELSEWHERE_NOTE.name());
        cases.cancel(caseId, reason, summary(referredTo, note));
        execution.setVariable(Vars.INTAKE_OUTCOME.name(), CareEpisodeProcess.INTAKE_CANCELLED);
    }

    private static String summary(Object referredTo, Object note) {
        if (referredTo == null) {
            return null;
        }
        String text = "Referred to " + referredTo + (note == null ? "" : ": " + note);
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
