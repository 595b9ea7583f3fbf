package org.carecoord.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the Camunda webapps' own session call {@code /api}: a Cockpit or Tasklist plugin fetches with the signed-in
 * user's session cookie instead of a password. Only when the request carries no HTTP Basic credentials; the user's
 * groups are read from the identity service at each request (a removed membership counts at once, not when the
 * webapp's cache expires). A state-changing request must carry the session's CSRF token in {@code X-XSRF-TOKEN}, as
 * the webapps' own calls do; the session is never created here.
 */
final class WebappSessionAuthentication extends OncePerRequestFilter {

    /** Where Camunda's webapp login keeps the user and the CSRF token (AuthenticationUtil, CsrfConstants). */
    static final String SESSION_USERS = "authenticatedUser";

    static final String SESSION_CSRF_TOKEN = "CAMUNDA_CSRF_TOKEN";
    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;
    private final String engineName;
    private final ObjectMapper json;

    WebappSessionAuthentication(IdentityService identity, String engineName, ObjectMapper json) {
        this.identity = identity;
        this.engineName = engineName;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var current = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if ((current != null && !(current instanceof AnonymousAuthenticationToken))
                || session == null
                || request.getHeader("Authorization") != null) {
            chain.doFilter(request, response);
            return;
        }
        String userId = signedIn(session);
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !csrfTokenMatches(request, session)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN,
                    "A change through the webapp session needs the session's CSRF token in header X-XSRF-TOKEN.");
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        List<SimpleGrantedAuthority> groups = EngineAsApplication.call(
                identity,
                () -> identity.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The user signed in to this engine through the webapps, if they still exist. */
    private String signedIn(HttpSession session) {
        Object users;
        try {
            users = session.getAttribute(SESSION_USERS);
        } catch (IllegalStateException invalidated) {
            return null;
        }
        if (!(users instanceof Authentications authentications)
                || !(authentications.getAuthenticationForProcessEngine(engineName)
                        instanceof UserAuthentication user)) {
            return null;
        }
        String userId = user.getIdentityId();
        boolean exists = EngineAsApplication.call(
                identity, () -> identity.createUserQuery().userId(userId).count() == 1);
        return exists ? userId : null;
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(SESSION_CSRF_TOKEN);
        String sent = request.getHeader(CSRF_HEADER);
        return expected instanceof String token
                && sent != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
