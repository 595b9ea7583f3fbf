package org.carecoord.referral;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed access to the referral a step works on. */
final class ReferralSteps {

    private ReferralSteps() {
    }

    static long referralId(VariableScope scope) {
        return ((Number) scope.getVariable(ReferralProcess.Vars.REFERRAL_ID.name())).longValue();
    }
}
