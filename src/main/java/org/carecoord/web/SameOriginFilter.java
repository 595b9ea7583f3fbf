package org.carecoord.web;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing request that a browser sent from another site (issue #9 §1): a browser replays cached
 * HTTP Basic credentials and session cookies to any page's POST, so without this a foreign page could deploy a model
 * or open an intake as the signed-in manager. Decided by the {@code Origin} header (or, when a browser leaves it out,
 * {@code Sec-Fetch-Site}); clients outside a browser send neither (Camunda Modeler deploys from its Node process with
 * no {@code Origin}) and pass. Same-origin pages (Tasklist, Cockpit, the provider response form) pass too.
 */
public class SameOriginFilter extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String DETAIL =
            "Cross-site requests are not accepted. Use CareCoord's own pages, or a " + "client that is not a browser.";

    private final Set<String> allowedOrigins;
    private final ObjectMapper json;

    /** @param allowedOrigins origins besides the request's own, e.g. the public URL behind a proxy */
    public SameOriginFilter(Collection<String> allowedOrigins, ObjectMapper json) {
        this.allowedOrigins = allowedOrigins.stream()
                .map(SameOriginFilter::normalise)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT)) && crossSite(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, DETAIL);
            response.setStatus(HttpStatus.FORBIDDEN.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean crossSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        }
        Optional<String> normalised = normalise(origin);
        if (normalised.isEmpty()) {
            // "null": an opaque origin (sandboxed frame, data:), or our own page under Referrer-Policy: no-referrer
            // (the provider response page), whose form POST a browser labels same-origin only in Sec-Fetch-Site
            return !"same-origin".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        }
        String own = normalise(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort())
                .orElse("");
        return !normalised.get().equals(own) && !allowedOrigins.contains(normalised.get());
    }

    /** scheme://host:port, lower case, the default port spelled out; empty if it is not an http(s) origin. */
    static Optional<String> normalise(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
