package org.carecoord.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the door shut until CareCoord is ready: the web server listens before the start-up work that runs after the
 * context (the embedded default's demo users and cases, the Tasklist filters) is done, and a coordinator who logs in
 * then sees empty queues. Until Spring Boot reports the application ready to accept traffic, every page and API
 * answers 503 with {@code Retry-After}: a page that reloads itself for browsers, problem+json for programs.
 */
final class StartingUp extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 3;
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
            <title>CareCoord is starting</title></head>
            <body style="font-family: system-ui, sans-serif; margin: 4rem auto; max-width: 36rem">
            <h1 style="font-size: 1.4rem">CareCoord is starting</h1>
            <p>This page opens by itself in a few seconds.</p></body></html>
            """.formatted(RETRY_AFTER_SECONDS);
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
            + "\"detail\":\"CareCoord is starting; try again in a few seconds.\"}";

    private final ApplicationAvailability availability;

    StartingUp(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        response.setContentType(browser ? "text/html;charset=UTF-8" : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write((browser ? PAGE : PROBLEM).getBytes(StandardCharsets.UTF_8));
    }
}
