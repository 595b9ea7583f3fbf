package org.carecoord.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.variables.CaseVariables;
import org.springframework.stereotype.Component;

/**
 * "Save consent": the consent recorded in the form goes to the case record (given or declined). Only the decision
 * stays in the process, to route on; a declined consent sets the cancellation reason.
 */
@Component("saveConsentDelegate")
class SaveConsentDelegate implements JavaDelegate {

    private static final List<String> FORM_DETAILS = List.of(Vars.SHARE_WITH_PROVIDERS, Vars.CONTACT_PREFERENCE,
            Vars.CONTACT_TIMES, Vars.CONSENT_GIVEN_BY, Vars.CONSENT_GIVEN_BY_NAME, Vars.CONSENT_METHOD);

    private final ConsentRepository consents;
    private final Clock clock;

    SaveConsentDelegate(ConsentRepository consents, Clock clock) {
        this.consents = consents;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Consent consent = new Consent(
                CaseVariables.caseId(execution),
                (String) execution.getVariable(Vars.CONSENT_DECISION),
                Boolean.TRUE.equals(execution.getVariable(Vars.SHARE_WITH_PROVIDERS)),
                (String) execution.getVariable(Vars.CONTACT_PREFERENCE),
                (String) execution.getVariable(Vars.CONTACT_TIMES),
                (String) execution.getVariable(Vars.CONSENT_GIVEN_BY),
                (String) execution.getVariable(Vars.CONSENT_GIVEN_BY_NAME),
                (String) execution.getVariable(Vars.CONSENT_METHOD),
                CaseVariables.currentUser(execution));
        consents.insert(consent, Instant.now(clock));
        execution.removeVariables(FORM_DETAILS);
        if (!consent.given()) {
            execution.setVariable(Vars.CANCELLATION_REASON, IntakeProcess.REASON_CONSENT_DECLINED);
        }
    }
}
