package org.carecoord.assessment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.carecoord.variables.JsonVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps assessment results on the case record; compares a re-assessment with the previous one. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class AssessmentService {

    /** PHQ-9 response: a drop of at least half from the previous total. */
    static final double RESPONSE_DROP = 0.5;
    /** PHQ-9 remission: a total under 5. */
    static final int REMISSION_BELOW = 5;

    private final AssessmentRepository assessments;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    long open(long caseId, String processInstanceId) {
        return assessments.open(caseId, processInstanceId, Instant.now(clock));
    }

    void record(
            long assessmentId,
            long caseId,
            Instrument instrument,
            Map<String, Object> answers,
            Integer score,
            String band,
            Map<String, Object> flags,
            String user) {
        boolean administered = !answers.isEmpty() && (score != null || band != null);
        Integer previous = null;
        Boolean response = null;
        Boolean remission = null;
        if (instrument == Instrument.PHQ9 && administered && score != null) {
            previous =
                    assessments.previousScore(caseId, instrument, assessmentId).orElse(null);
            if (previous != null && previous > 0) {
                response = previous - score >= RESPONSE_DROP * previous;
            }
            remission = previous == null ? null : score < REMISSION_BELOW;
        }
        assessments.insertResult(
                new InstrumentResult(
                        assessmentId,
                        caseId,
                        instrument,
                        administered,
                        administered ? JsonVariables.text(answers) : null,
                        score,
                        band,
                        flags.isEmpty() ? null : JsonVariables.text(flags),
                        previous,
                        response,
                        remission,
                        user),
                Instant.now(clock));
    }

    void complete(
            long assessmentId,
            long caseId,
            String riskTier,
            Integer contactIntervalDays,
            Boolean planApprovalRequired,
            String user) {
        assessments.complete(
                assessmentId, riskTier, contactIntervalDays, planApprovalRequired, user, Instant.now(clock));
        assessments.setCaseRiskTier(caseId, riskTier);
    }

    void recordSafetyFollowUp(long caseId, String actionTaken, boolean patientSafe, String note, String user) {
        assessments.insertSafetyFollowUp(caseId, actionTaken, patientSafe, note, user, Instant.now(clock));
    }
}
