package org.carecoord.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the case access check in front of every case-scoped API controller. */
@Configuration
class AccessConfiguration implements WebMvcConfigurer {

    private final CaseAccessInterceptor interceptor;

    AccessConfiguration(CaseAccessInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor)
                .addPathPatterns("/api/cases/**", "/api/referrals/**")
                .excludePathPatterns(BreakGlassController.PATH);
    }
}
