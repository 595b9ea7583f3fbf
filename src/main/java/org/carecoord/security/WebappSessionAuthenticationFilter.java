package org.carecoord.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the webapps' own plugins (Tasklist's Case tab, My caseload) read {@code /api} with the user's Tasklist,
 * Cockpit or Admin login: a GET or HEAD without an Authorization header, from a browser holding a webapp session
 * of the default engine, runs as that user with the groups the webapp found at login. Only reads, and not from
 * another site ({@code Sec-Fetch-Site: cross-site}): a change still needs HTTP Basic, so no request that changes
 * something can ride on the session cookie.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

    static final String ENGINE = "default";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UserAuthentication webappUser = webappUser(request);
        if (webappUser != null && SecurityContextHolder.getContext().getAuthentication() == null) {
            var authorities = webappUser.getGroupIds() == null ? java.util.List.<SimpleGrantedAuthority>of()
                    : webappUser.getGroupIds().stream().map(SimpleGrantedAuthority::new).toList();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(webappUser.getIdentityId(),
                    null, authorities));
            SecurityContextHolder.setContext(context);
            try {
                chain.doFilter(request, response);
            } finally {
                SecurityContextHolder.clearContext();
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private static UserAuthentication webappUser(HttpServletRequest request) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        // another site's page may not read as the user (a top-level link is refused too: no audit rows in their name)
        if (!read || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
            return null;
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications all = AuthenticationUtil.getAuthsFromSession(session);
        Authentication user = all == null ? null : all.getAuthenticationForProcessEngine(ENGINE);
        return user instanceof UserAuthentication known ? known : null;
    }
}
