package org.carecoord.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, for CareCoord's webapp plugins: their groups and which Camunda webapps they may open. The plugins
 * ask here rather than at the webapps' own {@code /camunda/api/admin/auth/user}: a GET there, made by a plugin right
 * after login, is where Camunda generates the new session's CSRF token — and hands it only to that plugin's response,
 * so Tasklist kept sending the old one, Camunda's CSRF filter refused its next change and ended the session.
 */
@RestController
class SignedInUserController {

    private static final List<String> WEBAPPS = List.of("tasklist", "cockpit", "admin");

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    SignedInUserController(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    record SignedInUser(String userId, List<String> groups, List<String> webapps) {}

    @GetMapping("/api/me")
    SignedInUser me(Authentication user) {
        List<String> groups = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .sorted()
                .toList();
        List<String> webapps = EngineAsApplication.call(
                identity,
                () -> WEBAPPS.stream()
                        .filter(app -> authorizations.isUserAuthorized(
                                user.getName(), groups, Permissions.ACCESS, Resources.APPLICATION, app))
                        .toList());
        return new SignedInUser(user.getName(), groups, webapps);
    }
}
