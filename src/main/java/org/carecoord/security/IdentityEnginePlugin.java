package org.carecoord.security;

import java.util.ArrayList;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Passwords and sign-in attempts in the engine, so Tasklist, Cockpit, Admin, engine REST and {@code /api} all obey
 * the same rules. New passwords must meet {@link CareCoordPasswordPolicy}; a refused one is a 400 naming the rules
 * (the engine's own refusal is a plain ProcessEngineException, i.e. a 500). Failed sign-ins delay the next attempt
 * (3 s, doubling, at most {@code carecoord.identity.login-delay-max-seconds}) but never lock the account: otherwise
 * anyone could lock out any coordinator with ten wrong passwords.
 */
@Component
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {

    /** The message SaveUserCmd throws when the policy refuses a password. */
    static final String ENGINE_POLICY_MESSAGE = "Password does not match policy";

    static final String POLICY_REFUSED = ENGINE_POLICY_MESSAGE + ": " + CareCoordPasswordPolicy.DESCRIPTION;
    private static final int LOGIN_DELAY_BASE_SECONDS = 3;
    private static final int LOGIN_DELAY_FACTOR = 2;

    private final int loginDelayMaxSeconds;

    IdentityEnginePlugin(@Value("${carecoord.identity.login-delay-max-seconds:60}") int loginDelayMaxSeconds) {
        if (loginDelayMaxSeconds < 1) {
            throw new IllegalStateException("carecoord.identity.login-delay-max-seconds must be at least 1");
        }
        this.loginDelayMaxSeconds = loginDelayMaxSeconds;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(new CareCoordPasswordPolicy());
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(LOGIN_DELAY_BASE_SECONDS);
        configuration.setLoginDelayFactor(LOGIN_DELAY_FACTOR);
        configuration.setLoginDelayMaxTime(loginDelayMaxSeconds);
        var interceptors = configuration.getCustomPostCommandInterceptorsTxRequired() == null
                ? new ArrayList<CommandInterceptor>()
                : new ArrayList<>(configuration.getCustomPostCommandInterceptorsTxRequired());
        interceptors.add(new PolicyRefusalInterceptor());
        configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
    }

    /** Turns the engine's refusal of a weak password into a client error that says what a password needs. */
    static final class PolicyRefusalInterceptor extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                if (command instanceof SaveUserCmd && ENGINE_POLICY_MESSAGE.equals(e.getMessage())) {
                    throw new BadUserRequestException(POLICY_REFUSED);
                }
                throw e;
            }
        }
    }
}
