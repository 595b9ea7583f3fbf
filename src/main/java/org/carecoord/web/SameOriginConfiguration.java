package org.carecoord.web;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * {@link SameOriginFilter} before everything else (authentication included), on every path that changes state: the
 * engine REST API, the application's API, the Camunda webapps and the provider response pages.
 */
@Configuration(proxyBeanMethods = false)
class SameOriginConfiguration {

    @Bean
    FilterRegistrationBean<SameOriginFilter> sameOriginFilter(
            @Value("${carecoord.referral.link-base-url:}") String publicUrl,
            @Value("${carecoord.web.allowed-origins:}") List<String> allowedOrigins,
            ObjectMapper json) {
        List<String> origins = new ArrayList<>(allowedOrigins);
        if (!publicUrl.isBlank()) {
            origins.add(publicUrl);
        }
        var registration = new FilterRegistrationBean<>(new SameOriginFilter(origins, json));
        registration.setName("carecoord-same-origin");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/*", "/referral-response/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
