package org.carecoord.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link StartingUp} before everything else, on every path but the health check (which says "not ready" itself). */
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
}
