package org.carecoord.access;

import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.carecoord.audit.AuditLog;
import org.carecoord.audit.AuditRecord;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.security.Groups;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every API request about one case ({@code /api/cases/{caseId}/…}, {@code /api/referrals/{referralId}/…}) passes
 * here before its controller runs: the case access rule decides, and the audit trail records who asked for what, on
 * what grounds and whether it was allowed. A refused request reaches no controller.
 */
@Component
class CaseAccessInterceptor implements HandlerInterceptor {

    private final CaseAccess access;
    private final CareCaseService cases;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    CaseAccessInterceptor(CaseAccess access, CareCaseService cases, AuditLog audit, JdbcTemplate jdbc) {
        this.access = access;
        this.cases = cases;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (!(handler instanceof HandlerMethod) || user == null) {
            return true;
        }
        Optional<CareCase> careCase = caseOf(request);
        if (careCase.isEmpty()) {
            return true; // the controller answers 400 or 404
        }
        var groups = user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        boolean change = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        CaseAccess.Decision decision = access.decide(user.getName(), groups, careCase.get(), change);
        boolean reviewersOnly =
                ((HandlerMethod) handler).hasMethodAnnotation(ReviewersOnly.class) && !CaseAccess.mayReview(groups);
        if (reviewersOnly) {
            decision = new CaseAccess.Decision(AccessBasis.NONE, null);
        }
        audit.record(new AuditRecord(
                user.getName(),
                careCase.get().id(),
                careCase.get().caseNumber(),
                change ? AuditRecord.CASE_CHANGE : AuditRecord.CASE_READ,
                request.getMethod() + " " + pattern(request),
                decision.basis().code(),
                decision.granted(),
                request.getRemoteAddr(),
                decision.reason()));
        if (!decision.granted()) {
            throw new CaseAccessDeniedException(
                    careCase.get().id(), groups.contains(Groups.COORDINATORS), reviewersOnly);
        }
        return true;
    }

    private Optional<CareCase> caseOf(HttpServletRequest request) {
        @SuppressWarnings("unchecked")
        Map<String, String> variables =
                (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables == null) {
            return Optional.empty();
        }
        Long caseId = number(variables.get("caseId"));
        Long referralId = number(variables.get("referralId"));
        if (caseId == null && referralId != null) {
            caseId =
                    jdbc
                            .query("select case_id from referral where id = ?", (row, i) -> row.getLong(1), referralId)
                            .stream()
                            .findFirst()
                            .orElse(null);
        }
        return caseId == null ? Optional.empty() : cases.find(caseId);
    }

    private static Long number(String value) {
        if (value == null
                || value.isEmpty()
                || value.length() > 18
                || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(value);
    }

    private static String pattern(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return pattern == null ? "?" : pattern.toString();
    }
}
