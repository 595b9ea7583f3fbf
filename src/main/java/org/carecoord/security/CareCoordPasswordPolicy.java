package org.carecoord.security;

import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicySpecialCharacterRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * Camunda's default policy with a longer minimum. Built from the engine's own rules so that Admin shows each rule
 * (translated) while a password is typed.
 */
final class CareCoordPasswordPolicy implements PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final String DESCRIPTION = "at least " + MIN_LENGTH + " characters with a lower-case letter, an upper-case"
            + " letter, a digit and a special character, and not containing the user's ID, name or e-mail";

    private static final List<PasswordPolicyRule> RULES = List.of(
            new PasswordPolicyUserDataRuleImpl(),
            new PasswordPolicyLengthRuleImpl(MIN_LENGTH),
            new PasswordPolicyLowerCaseRuleImpl(1),
            new PasswordPolicyUpperCaseRuleImpl(1),
            new PasswordPolicyDigitRuleImpl(1),
            new PasswordPolicySpecialCharacterRuleImpl(1));

    @Override
    public List<PasswordPolicyRule> getRules() {
        return RULES;
    }
}
