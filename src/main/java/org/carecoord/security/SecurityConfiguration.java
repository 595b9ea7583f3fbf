package org.carecoord.security;

import jakarta.servlet.DispatcherType;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what, by group. {@code /api/**}: HTTP Basic against the Camunda identity, or the user's webapp session;
 * intakes and every change to a case's record are for coordinators and managers, breaking the glass for coordinators, the audit trail for
 * reviewers and managers, the provider directory is read by coordinators and managers and maintained by managers;
 * which case a user may open is decided per case by {@code org.carecoord.access.CaseAccess}. {@code /engine-rest/*}:
 * the engine's own Basic authentication filter. Reporting events on a case (hospital discharge, withdrawal, death,
 * transfer) and a provider's answer heard by phone are for coordinators and managers too; the application then makes
 * those engine calls itself ({@link EngineAsApplication}). The episode list and a case's audit trail are for managers,
 * reviewers and admins, checked (and audited, refusals too) by the application itself ({@code org.carecoord.review},
 * {@code CaseAccess}). The Camunda webapps keep their own session login, which {@code /api} accepts as well
 * ({@link WebappSessionAuthentication}: plugins call it with the user's session; changes need the CSRF token).
 * {@code /actuator/prometheus}: HTTP Basic, the {@code monitoring} group only; health and info stay public.
 */
@Configuration
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(
            HttpSecurity http, IdentityService identityService, ObjectMapper json, ProcessEngine engine)
            throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/cases/*/break-glass")
                        .hasAuthority(Groups.COORDINATORS)
                        .requestMatchers(
                                HttpMethod.POST, "/api/intakes", "/api/fhir/Bundle", "/api/referrals/*/responses")
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS)
                        // every change to a case's record (referrals, events, care team, conferences, appointments,
                        // documents, coverage …): coordinators and managers; reviewers and admins read only
                        .requestMatchers(HttpMethod.POST, "/api/cases/**")
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS)
                        .requestMatchers(HttpMethod.PUT, "/api/cases/**")
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS)
                        .requestMatchers(HttpMethod.PATCH, "/api/cases/**")
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS)
                        .requestMatchers(HttpMethod.DELETE, "/api/cases/**")
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/measures")
                        .hasAnyAuthority(Groups.REVIEWERS, Groups.MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/audit", "/api/break-glass")
                        .hasAnyAuthority(Groups.REVIEWERS, Groups.MANAGERS)
                        .requestMatchers(HttpMethod.GET, "/api/providers", "/api/providers/**")
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS)
                        .requestMatchers("/api/providers", "/api/providers/**")
                        .hasAuthority(Groups.MANAGERS)
                        // which case each may open is CaseAccess's rule; someone in none of the groups gets nothing
                        .anyRequest()
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS, Groups.REVIEWERS, Groups.ADMINS));
        return basicOrWebappSession(http, identityService, json, engine)
                .addFilterBefore(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
                .build();
    }

    /**
     * The API's OpenAPI description and Swagger UI (org.carecoord.apidocs): for the people who may use {@code /api},
     * signed in the same two ways. Read-only pages, so nothing to forge; Swagger UI's calls go to {@code /api}.
     */
    @Bean
    SecurityFilterChain apiDocsSecurity(
            HttpSecurity http, IdentityService identityService, ObjectMapper json, ProcessEngine engine)
            throws Exception {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET)
                        .hasAnyAuthority(Groups.COORDINATORS, Groups.MANAGERS, Groups.REVIEWERS, Groups.ADMINS)
                        .anyRequest()
                        .denyAll());
        return basicOrWebappSession(http, identityService, json, engine).build();
    }

    /**
     * The metrics hold no patient data, but they show the department's workload: only a scraper account in the
     * {@code monitoring} group reads them, with HTTP Basic (no session, no cookie), the same wherever
     * {@code management.server.port} puts the endpoints. That group holds no other grant, so its password in a
     * Prometheus configuration opens nothing else. Health (status only) and info stay public for load balancers.
     */
    @Bean
    SecurityFilterChain actuatorSecurity(HttpSecurity http, ObjectMapper json) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                EndpointRequest.toLinks(), EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class))
                        .permitAll()
                        .requestMatchers(EndpointRequest.to(PrometheusScrapeEndpoint.class))
                        .hasAuthority(Groups.MONITORING)
                        .anyRequest()
                        .denyAll());
        // read-only GETs with Basic credentials: no cookie is accepted here, so nothing to forge
        return basicWithProblems(http, json).build();
    }

    /**
     * HTTP Basic against the Camunda identity, 401 and 403 as problem+json, no session made or changed, and no
     * Spring CSRF check: Basic carries no cookie to forge with.
     */
    private static HttpSecurity basicWithProblems(HttpSecurity http, ObjectMapper json) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(ProblemResponses.unauthorized(json)))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(ProblemResponses.unauthorized(json))
                        .accessDeniedHandler(ProblemResponses.forbidden(json)))
                .sessionManagement(SecurityConfiguration::leaveTheWebappSessionAlone)
                .csrf(csrf -> csrf.disable());
    }

    /**
     * {@link #basicWithProblems} or the user's Camunda webapp session; a session carries a cookie, so
     * WebappSessionAuthentication asks for the session's CSRF token on every change (SameOriginFilter refuses
     * foreign origins besides).
     */
    private static HttpSecurity basicOrWebappSession(
            HttpSecurity http, IdentityService identityService, ObjectMapper json, ProcessEngine engine)
            throws Exception {
        return basicWithProblems(http, json)
                .addFilterAfter(
                        new WebappSessionAuthentication(identityService, engine.getName(), json),
                        BasicAuthenticationFilter.class);
    }

    /**
     * No chain here creates a session, and none changes one: the webapp session is Camunda's, renewed at its login.
     * Left to Spring's session-fixation default, every request authenticated while a session cookie came along changed
     * the session's id, and Tasklist's calls already under way with the old id got a new, empty session — the user
     * was logged out at random.
     */
    private static void leaveTheWebappSessionAlone(SessionManagementConfigurer<HttpSecurity> sessions) {
        sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(fixation -> fixation.none());
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-auth");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
