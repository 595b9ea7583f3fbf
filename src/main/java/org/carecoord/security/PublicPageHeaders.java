package org.carecoord.security;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers of the pages opened without a login from a signed link in mail: the providers' response pages and the
 * patients' education pages. They are plain HTML with forms posting to themselves, no script, style or image, so
 * the policy allows nothing else; they are never framed, cached or sent on as a referrer (the URL is the credential).
 */
@Configuration(proxyBeanMethods = false)
class PublicPageHeaders {

    static final String CONTENT_SECURITY_POLICY =
            "default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    static final String[] PATHS = {"/referral-response/*", "/education/*"};

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> publicPageHeadersFilter() {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new HeadersFilter());
        registration.setName("carecoord-public-page-headers");
        registration.addUrlPatterns(PATHS);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    static final class HeadersFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("Cache-Control", "no-store");
            chain.doFilter(request, response);
        }
    }
}
