package org.carecoord.assessment;

import java.time.Instant;
import java.util.List;

import org.carecoord.cases.CareCase;
import org.carecoord.cases.CaseOverviewPart;
import org.springframework.stereotype.Component;

/** The case overview's risk: the tier of the latest completed assessment and every score over time. */
@Component
class AssessmentOverviewPart implements CaseOverviewPart {

    /** One instrument's score in one assessment round, with the tier that round gave (null while it runs). */
    record Score(
            long assessmentId,
            String instrument,
            Integer score,
            String band,
            Instant administeredAt,
            String roundRiskTier) {}

    record Risk(String riskTier, Instant assessedAt, List<Score> scores) {}

    private final AssessmentRepository assessments;

    AssessmentOverviewPart(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    @Override
    public String section() {
        return "risk";
    }

    @Override
    public Object of(CareCase careCase) {
        var latest = assessments.latestCompleted(careCase.id());
        return new Risk(
                latest.map(AssessmentRepository.Completed::riskTier).orElse(null),
                latest.map(AssessmentRepository.Completed::completedAt).orElse(null),
                assessments.scoreHistory(careCase.id()));
    }
}
