package org.carecoord.security;

import java.util.Arrays;

import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Group checks for API actions the engine's own authorizations do not cover (group memberships are authorities). */
public final class ApiAccess {

    private ApiAccess() {
    }

    /** @throws AuthorizationException (answered 403) unless the user is in one of the groups */
    public static void requireAnyGroup(Authentication user, String... groups) {
        boolean member = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(Arrays.asList(groups)::contains);
        if (!member) {
            throw new AuthorizationException("requires one of the groups " + String.join(", ", groups));
        }
    }
}
