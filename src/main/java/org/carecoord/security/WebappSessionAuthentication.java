package org.carecoord.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The CareCoord pages inside Tasklist and Cockpit (the Case tab, Episodes, Migrations) call {@code /api} with the
 * user's webapp session, as the webapps call their own API: a request without an Authorization header, carrying the
 * session cookie of a Tasklist/Cockpit login, runs as that user. The user's groups are read from the identity
 * service on every request (a removed group or deleted user takes effect at once, as with HTTP Basic), and a request
 * that changes anything must carry the session's CSRF token in {@code X-XSRF-TOKEN}, as the webapps require for
 * theirs. Requests with HTTP Basic are left to Basic authentication.
 */
final class WebappSessionAuthentication extends OncePerRequestFilter {

    static final String CSRF_HEADER = "X-XSRF-TOKEN";
    private static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    private static final String ENGINE = "default";

    private final IdentityService identity;
    private final ObjectMapper json;

    WebappSessionAuthentication(IdentityService identity, ObjectMapper json) {
        this.identity = identity;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getHeader(HttpHeaders.AUTHORIZATION) == null ? request.getSession(false) : null;
        String userId = session == null ? null : sessionUser(session);
        if (userId == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!safe(request.getMethod()) && !csrfTokenMatches(request, session)) {
            ProblemResponses.write(json, response, HttpStatus.FORBIDDEN,
                    "A change from a CareCoord page must carry the page's CSRF token; reload the page and try again.");
            return;
        }
        if (identity.createUserQuery().userId(userId).count() == 0) {
            session.invalidate();
            ProblemResponses.write(json, response, HttpStatus.UNAUTHORIZED, "Your session has ended; sign in again.");
            return;
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, groups));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private static String sessionUser(HttpSession session) {
        try {
            Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
            var authentication = authentications == null ? null
                    : authentications.getAuthenticationForProcessEngine(ENGINE);
            return authentication == null ? null : authentication.getName();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static boolean safe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static boolean csrfTokenMatches(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        String given = request.getHeader(CSRF_HEADER);
        return expected != null && given != null && MessageDigest.isEqual(
                expected.toString().getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
