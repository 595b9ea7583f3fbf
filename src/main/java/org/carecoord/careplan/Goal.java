package org.carecoord.careplan;

import java.time.LocalDate;

/** A measurable goal for one of the plan's problems (FHIR Goal). */
record Goal(String problem, String description, String measure, LocalDate targetDate, GoalStatus lifecycleStatus) {
}
