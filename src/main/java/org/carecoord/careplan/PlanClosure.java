package org.carecoord.careplan;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a case's care plan at discharge: the active plan is completed (goals met completed, the others
 * cancelled, open interventions stopped); a plan that never became active is revoked.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class PlanClosure {

    /** A goal of a plan, in the plan's order, as the forms that show one goal per row read it. */
    public record PlanGoal(long id, String problem, String description, String measure) {

        /** The goal with its problem, as the discharge summary shows it: "Food: Enough food every week". */
        public String label() {
            return CarePlanningProcess.Coded.fromCode(CarePlanningProcess.Problem.class, problem)
                            .map(PlanClosure::problemLabel)
                            .orElse(problem)
                    + ": " + description;
        }

        /** The goal with its measure, as the plan review shows it: "Has food every day (measure: …)". */
        public String labelWithMeasure() {
            return measure == null || measure.isBlank() ? description : description + " (measure: " + measure + ")";
        }
    }

    private final CarePlanRepository plans;
    private final Clock clock;

    PlanClosure(CarePlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    /** The case's active plan, if it has one. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<Long> activePlanOf(long caseId) {
        return plans.findByCase(caseId).stream()
                .filter(plan -> plan.status() == CarePlanStatus.ACTIVE)
                .map(CarePlan::id)
                .findFirst();
    }

    /** The plan's goals in the plan's order: the one source of every form's goal rows. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public List<PlanGoal> goalsOf(long planId) {
        return plans.goalRows(planId);
    }

    /** Completes the active plan: the goals given as achieved become completed, its other open goals cancelled. */
    public void complete(long planId, Collection<Long> achievedGoalIds) {
        Instant now = Instant.now(clock);
        plans.lock(planId).orElseThrow(() -> new IllegalStateException("no care plan with id " + planId));
        plans.completeGoals(planId, achievedGoalIds);
        plans.changeStatus(planId, CarePlanStatus.COMPLETED, GoalStatus.CANCELLED, InterventionStatus.STOPPED, now);
    }

    /** Revokes every plan of the case that is still a draft, on hold or active. */
    public void revokeOpenPlans(long caseId) {
        Instant now = Instant.now(clock);
        for (CarePlan plan : plans.findByCase(caseId)) {
            if (plan.status() == CarePlanStatus.DRAFT
                    || plan.status() == CarePlanStatus.ON_HOLD
                    || plan.status() == CarePlanStatus.ACTIVE) {
                plans.changeStatus(
                        plan.id(), CarePlanStatus.REVOKED, GoalStatus.CANCELLED, InterventionStatus.CANCELLED, now);
            }
        }
    }

    private static String problemLabel(CarePlanningProcess.Problem problem) {
        return switch (problem) {
            case UTILITIES -> "Utilities";
            case SAFETY -> "Personal safety";
            case MOOD -> "Mood";
            case FUNCTION -> "Daily living";
            case READMISSION -> "Readmission risk";
            case MEDICATIONS -> "Medication management";
            case SELF_MANAGEMENT -> "Self-management";
            default -> problem.name().charAt(0) + problem.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }
}
