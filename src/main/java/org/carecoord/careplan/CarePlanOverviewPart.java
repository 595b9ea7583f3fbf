package org.carecoord.careplan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/**
 * The case overview's plan: the active version's goals and interventions; before a plan is active (or after it
 * ended), the newest version, whose status says so.
 */
@Component
class CarePlanOverviewPart implements CaseOverviewPart {

    record PlanSummary(
            int version,
            String status,
            LocalDate agreedOn,
            Instant statusChangedAt,
            List<Goal> goals,
            List<Intervention> interventions,
            List<String> barriers) {}

    private final CarePlanService plans;

    CarePlanOverviewPart(CarePlanService plans) {
        this.plans = plans;
    }

    @Override
    public String section() {
        return "carePlan";
    }

    @Override
    public Object of(CareCase careCase) {
        List<CarePlanDetails.Summary> versions = plans.versionsOf(careCase.id());
        return versions.stream()
                .filter(v -> CarePlanStatus.ACTIVE.code().equals(v.status()))
                .findFirst()
                .or(() -> versions.stream().findFirst())
                .flatMap(v -> plans.version(careCase.id(), v.version()))
                .map(p -> new PlanSummary(
                        p.version(),
                        p.status(),
                        p.patientReview() == null ? null : p.patientReview().agreedOn(),
                        p.statusChangedAt(),
                        p.goals(),
                        p.interventions(),
                        p.barriers()))
                .orElse(null);
    }
}
