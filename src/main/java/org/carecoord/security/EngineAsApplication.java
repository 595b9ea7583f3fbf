package org.carecoord.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs engine calls the application has already authorised (by group, in SecurityConfiguration) without the
 * signed-in user's engine authentication, whose grants cover task work only — e.g. delivering a message a coordinator
 * reported. The user's authentication is restored afterwards.
 */
public final class EngineAsApplication {

    private EngineAsApplication() {}

    public static void run(IdentityService identity, Runnable engineCall) {
        call(identity, () -> {
            engineCall.run();
            return null;
        });
    }

    public static <T> T call(IdentityService identity, Supplier<T> engineCall) {
        Authentication user = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return engineCall.get();
        } finally {
            if (user != null) {
                identity.setAuthentication(user);
            }
        }
    }
}
