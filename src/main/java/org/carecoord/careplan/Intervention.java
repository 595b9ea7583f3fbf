package org.carecoord.careplan;

import java.time.LocalDate;

/** What is done for one of the plan's problems, by whom and by when (FHIR CarePlan.activity). */
record Intervention(String problem, String action, String responsible, LocalDate dueDate,
                    InterventionStatus status) {
}
