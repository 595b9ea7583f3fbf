package org.carecoord.careplan;

import java.time.LocalDate;

/**
 * A measurable goal for one of the plan's problems (FHIR Goal); {@code achievementStatus} is FHIR
 * Goal.achievementStatus (e.g. improving once a referral for it has been delivered), null until there is news.
 */
record Goal(
        String problem,
        String description,
        String measure,
        LocalDate targetDate,
        GoalStatus lifecycleStatus,
        String achievementStatus) {

    Goal(String problem, String description, String measure, LocalDate targetDate, GoalStatus lifecycleStatus) {
        this(problem, description, measure, targetDate, lifecycleStatus, null);
    }
}
