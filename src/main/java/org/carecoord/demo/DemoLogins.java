package org.carecoord.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.carecoord.security.IdentitySetup;
import org.springframework.stereotype.Component;

/**
 * The demo logins, whose password is the user name. DEMO ONLY: they are created with the engine's password policy
 * skipped (such a password could never be set through Admin or the REST API); every other password must meet it.
 */
@Component
class DemoLogins {

    private final IdentityService identityService;
    private final IdentitySetup identity;

    DemoLogins(IdentityService identityService, IdentitySetup identity) {
        this.identityService = identityService;
        this.identity = identity;
    }

    void createAll() {
        DemoUsers.ALL.forEach(u -> {
            String email = u.id() + "@carecoord.test";
            if (identityService.createUserQuery().userId(u.id()).count() == 0) {
                var user = identityService.newUser(u.id());
                user.setFirstName(u.firstName());
                user.setLastName(u.lastName());
                user.setEmail(email);
                user.setPassword(u.id());
                ((IdentityServiceImpl) identityService).saveUser(user, true);
            }
            identity.user(u.id(), u.firstName(), u.lastName(), email, u.id(), u.group());
        });
    }
}
