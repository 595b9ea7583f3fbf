package org.carecoord.intake;

import java.time.Clock;
import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.variables.Var;
import org.springframework.stereotype.Component;

/**
 * "Save consent": the consent recorded in the form goes to the case record (given or declined). Only the decision
 * stays in the process, to route on; a declined consent sets the cancellation reason.
 */
@Component("saveConsentDelegate")
class SaveConsentDelegate implements JavaDelegate {

    private final ConsentRepository consents;
    private final Clock clock;

    SaveConsentDelegate(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Consent consent = Consent.fromForm(execution);
        consents.insert(consent, Instant.now(clock));
        Var.removeAll(execution, Vars.CONSENT_DETAILS);
        if (!consent.given()) {
            Vars.CANCELLATION_REASON.set(execution, IntakeProcess.REASON_CONSENT_DECLINED);
        }
    }
}
