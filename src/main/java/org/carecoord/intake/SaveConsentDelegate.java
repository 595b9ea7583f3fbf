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

    private static final List<String> FORM_DETAILS = List.of(Vars.SHARE_WITH_PROVIDERS.name(), Vars.CONTACT_PREFERENCE.name(),
            Vars.CONTACT_TIMES.name(), Vars.CONSENT_GIVEN_BY.name(), Vars.CONSENT_GIVEN_BY_NAME.name(), Vars.CONSENT_METHOD.name());

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
                (String) execution.getVariable(Vars.CONSENT_DECISION.name()),
                Boolean.TRUE.equals(execution.getVariable(Vars.SHARE_WITH_PROVIDERS.name())),
                (String) execution.getVariable(Vars.CONTACT_PREFERENCE.name()),
                (String) execution.getVariable(Vars.CONTACT_TIMES.name()),
                (String) execution.getVariable(Vars.CONSENT_GIVEN_BY.name()),
                (String) execution.getVariable(Vars.CONSENT_GIVEN_BY_NAME.name()),
                (String) execution.getVariable(Vars.CONSENT_METHOD.name()),
                CaseVariables.currentUser(execution));
        consents.insert(consent, Instant.now(clock));
        execution.removeVariables(FORM_DETAILS);
        if (!consent.given()) {
            execution.setVariable(Vars.CANCELLATION_REASON.name(), IntakeProcess.REASON_CONSENT_DECLINED);
        }
    }
}
