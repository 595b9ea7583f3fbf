package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.carecoord.referral.ReferralProcess.ChooseAnotherForm;

/** What the coordinator chose in "Choose another provider": the next step, and why a need is closed unmet. */
record ChooseAnotherAnswers(String nextStep, String unmetReason) {

    static ChooseAnotherAnswers from(VariableScope scope) {
        return new ChooseAnotherAnswers(
                ChooseAnotherForm.NEXT_STEP.get(scope), ChooseAnotherForm.UNMET_REASON.get(scope));
    }
}
