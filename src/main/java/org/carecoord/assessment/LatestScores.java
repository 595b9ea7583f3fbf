package org.carecoord.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The scores of a case's latest completed assessment, as a discharge summary shows them. */
@Service
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public class LatestScores {

    /** One administered instrument: its human name, total and band (e.g. "PHQ-9 (depression)", 12, "moderate"). */
    public record Score(String instrument, Integer score, String band) {}

    public record Assessment(long assessmentId, String riskTier, Instant completedAt, List<Score> scores) {}

    private final AssessmentRepository assessments;

    LatestScores(AssessmentRepository assessments) {
        this.assessments = assessments;
    }

    public Optional<Assessment> of(long caseId) {
        return assessments
                .latestCompleted(caseId)
                .map(latest -> new Assessment(
                        latest.assessmentId(),
                        latest.riskTier(),
                        latest.completedAt(),
                        assessments.administeredResults(latest.assessmentId()).stream()
                                .map(result -> new Score(name(result.instrument()), result.score(), result.band()))
                                .toList()));
    }

    private static String name(Instrument instrument) {
        return switch (instrument) {
            case PHQ9 -> "PHQ-9 (depression)";
            case GAD7 -> "GAD-7 (anxiety)";
            case AHC_HRSN -> "Social needs (AHC HRSN)";
            case KATZ_ADL -> "Daily living (Katz ADL)";
            case LACE -> "Readmission risk (LACE)";
        };
    }
}
