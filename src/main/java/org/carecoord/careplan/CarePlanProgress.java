package org.carecoord.careplan;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.carecoord.careplan.CarePlanningProcess.Coded;
import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.carecoord.careplan.CarePlanningProcess.Responsible;
import org.carecoord.careplan.CarePlanningProcess.Service;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a referral's outcome means for the care plan its need belongs to. The plan's interventions for the problems
 * the service addresses, carried out by a provider or community service, become {@code completed} (delivered) or
 * {@code stopped} with the reason (need unmet); on delivery, the goals for those problems show achievementStatus
 * {@code improving} (the coordinator judges when a goal is achieved). A need without a plan changes no plan.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class CarePlanProgress {

    static final String IMPROVING = "improving";

    /** Which problems of a plan each service works on. */
    static final Map<Service, List<Problem>> PROBLEMS_OF_SERVICE = Map.of(
            Service.PRIMARY_CARE, List.of(Problem.READMISSION, Problem.MEDICATIONS, Problem.SELF_MANAGEMENT),
            Service.BEHAVIORAL_HEALTH, List.of(Problem.MOOD, Problem.ANXIETY),
            Service.SPECIALIST, List.of(Problem.READMISSION, Problem.SELF_MANAGEMENT),
            Service.HOME_CARE, List.of(Problem.FUNCTION, Problem.SAFETY),
            Service.TRANSPORTATION, List.of(Problem.TRANSPORTATION),
            Service.FOOD_ASSISTANCE, List.of(Problem.FOOD),
            Service.HOUSING, List.of(Problem.HOUSING),
            Service.UTILITY_ASSISTANCE, List.of(Problem.UTILITIES),
            Service.FINANCIAL_COUNSELING, List.of(Problem.HOUSING, Problem.UTILITIES));

    private static final List<String> DELIVERED_BY =
            List.of(Responsible.PROVIDER.code(), Responsible.COMMUNITY_SERVICE.code());
    private static final List<String> FINAL = List.of(
            InterventionStatus.COMPLETED.code(),
            InterventionStatus.STOPPED.code(),
            InterventionStatus.CANCELLED.code(),
            InterventionStatus.ENTERED_IN_ERROR.code());

    private final JdbcTemplate jdbc;

    CarePlanProgress(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The referral for the need was completed. */
    public void serviceDelivered(long referralNeedId) {
        need(referralNeedId).ifPresent(need -> {
            updateInterventions(need, InterventionStatus.COMPLETED, null);
            List<String> problems = problems(need.serviceType());
            if (!problems.isEmpty()) {
                jdbc.update(
                        "update care_plan_goal set achievement_status = ? where care_plan_id = ? and "
                                + "lifecycle_status = ? and problem_code in (" + placeholders(problems.size()) + ")",
                        Stream.concat(Stream.of(IMPROVING, need.planId(), GoalStatus.ACTIVE.code()), problems.stream())
                                .toArray());
            }
        });
    }

    /** The need was closed as unmet, with the coordinator's reason. */
    public void serviceNotDelivered(long referralNeedId, String reason) {
        String why = "Referral need unmet" + (reason == null ? "" : ": " + reason);
        need(referralNeedId)
                .ifPresent(need -> updateInterventions(
                        need, InterventionStatus.STOPPED, why.length() > 500 ? why.substring(0, 500) : why));
    }

    private void updateInterventions(Need need, InterventionStatus status, String reason) {
        List<String> problems = problems(need.serviceType());
        if (problems.isEmpty()) {
            return;
        }
        String sql = "update care_plan_intervention set status = ?, status_reason = ? where care_plan_id = ?"
                + " and problem_code in (" + placeholders(problems.size()) + ")"
                + " and responsible in (" + placeholders(DELIVERED_BY.size()) + ")"
                + " and status not in (" + placeholders(FINAL.size()) + ")";
        jdbc.update(
                sql,
                Stream.of(
                                Stream.of(status.code(), reason, need.planId()),
                                problems.stream(),
                                DELIVERED_BY.stream(),
                                FINAL.stream())
                        .flatMap(s -> s)
                        .toArray());
    }

    private record Need(long planId, String serviceType) {}

    private Optional<Need> need(long referralNeedId) {
        return jdbc
                .query(
                        "select care_plan_id, service_type from referral_need where id = ?",
                        (rs, row) -> {
                            Long planId = rs.getObject("care_plan_id", Long.class);
                            return planId == null ? null : new Need(planId, rs.getString("service_type"));
                        },
                        referralNeedId)
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    private static List<String> problems(String serviceType) {
        return Coded.fromCode(Service.class, serviceType).map(PROBLEMS_OF_SERVICE::get).orElse(List.of()).stream()
                .map(Problem::code)
                .toList();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
