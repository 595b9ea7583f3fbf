package org.carecoord.discharge;

import java.util.Map;

/**
 * What the coordinator recorded when the episode ended.
 *
 * @param goalOutcomes achievement per goal id of the plan (FHIR Goal.achievementStatus codes)
 */
record DischargeSummary(
        long caseId,
        Long carePlanId,
        Long finalAssessmentId,
        String reason,
        String note,
        String receivingOrganisation,
        String preparedBy,
        Map<Long, String> goalOutcomes) {}
