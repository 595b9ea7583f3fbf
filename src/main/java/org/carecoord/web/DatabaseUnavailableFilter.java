package org.carecoord.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * 503 "try again" for a database outage that strikes before a controller or the engine REST API's own error
 * handling runs: the engine REST authentication filter checks the password against the engine's identity tables,
 * and an exception there reached the container as a 500 (ReliabilityIT, PostgreSQL stopped under load).
 * Anything else is passed on untouched.
 */
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);
    static final URI TYPE = URI.create("urn:carecoord:problem:database-unavailable");
    private static final String PROBLEM = "{\"type\":\"" + TYPE + "\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"" + DatabaseUnavailable.MESSAGE + "\"}";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.is(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unreachable before the request was handled ({})",
                    e.getClass().getName());
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
        }
    }
}
