package org.carecoord.security;

import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets CareCoord's plugins in Cockpit and Tasklist call {@code /api} with the user's webapp login: a request without
 * an {@code Authorization} header whose session holds a Camunda webapp login runs as that user with their groups.
 * A changing request must then carry the webapp's CSRF token ({@code X-XSRF-TOKEN}, the {@code XSRF-TOKEN} cookie
 * Camunda sets), as the webapps' own calls do; without it the request is refused. HTTP Basic is unchanged.
 */
class WebappSessionAuthentication extends OncePerRequestFilter {

    private static final Pattern SAFE_METHODS = Pattern.compile("GET|HEAD|OPTIONS");
    private static final String ENGINE = "default";
    /** Where the webapps keep their login in the session ({@code AuthenticationUtil.CAM_AUTH_SESSION_KEY}). */
    private static final String WEBAPP_LOGIN = "authenticatedUser";

    private final AccessDeniedHandler forbidden;

    WebappSessionAuthentication(AccessDeniedHandler forbidden) {
        this.forbidden = forbidden;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        UserAuthentication login = request.getHeader("Authorization") == null && session != null
                ? webappLogin(session) : null;
        if (login == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!SAFE_METHODS.matcher(request.getMethod()).matches() && !tokenMatches(request, session)) {
            forbidden.handle(request, response, new AccessDeniedException("CSRF token missing or wrong"));
            return;
        }
        var authorities = login.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login.getIdentityId(), null,
                authorities));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static UserAuthentication webappLogin(HttpSession session) {
        // read only: AuthenticationUtil.getAuthsFromSession would store an empty login in a session without one
        if (!(session.getAttribute(WEBAPP_LOGIN) instanceof Authentications logins)) {
            return null;
        }
        return logins.getAuthentications().stream().filter(a -> ENGINE.equals(a.getProcessEngineName()))
                .findFirst().orElse(null);
    }

    private static boolean tokenMatches(HttpServletRequest request, HttpSession session) {
        Object expected = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
        String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
        return expected instanceof String token && sent != null && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
