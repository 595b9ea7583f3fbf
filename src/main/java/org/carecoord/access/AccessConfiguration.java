package org.carecoord.access;

import org.carecoord.audit.AuditLog;
import org.carecoord.cases.CareCaseService;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the case access check in front of every case-scoped API controller. */
@Configuration
class AccessConfiguration implements WebMvcConfigurer {

    private final CaseAccess access;
    private final CareCaseService cases;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    AccessConfiguration(CaseAccess access, CareCaseService cases, AuditLog audit, JdbcTemplate jdbc) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new CaseAccessInterceptor(access, cases, audit, jdbc))
                .addPathPatterns("/api/cases/**", "/api/referrals/**")
                .excludePathPatterns(BreakGlassController.PATH);
    }
}
