package org.carecoord.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link StartingUp} before everything else, then {@link DatabaseUnavailableFilter}; StartingUp, on every path but the health check (which says "not ready" itself). */
@Configuration(proxyBeanMethods = false)
class StartingUpConfiguration {

    @Bean
    FilterRegistrationBean<StartingUp> startingUpFilter(ApplicationAvailability availability) {
        var registration = new FilterRegistrationBean<>(new StartingUp(availability));
        registration.setName("carecoord-starting-up");
        registration.addUrlPatterns(
                "/camunda/*", "/api/*", "/engine-rest/*", "/referral-response/*", "/education/*", "/");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after it: a database outage anywhere in the filters (e.g. engine REST's password check) is a 503. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setName("carecoord-database-unavailable");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/referral-response/*", "/education/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }
}
