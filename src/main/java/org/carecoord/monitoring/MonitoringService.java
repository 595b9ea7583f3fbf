package org.carecoord.monitoring;

import static org.carecoord.assessment.AssessmentDecisions.*;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.appointment.Appointments;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.careplan.PlanClosure;
import org.carecoord.careplan.PlanClosure.PlanGoal;
import org.carecoord.monitoring.MonitoringRepository.StoredResult;
import org.carecoord.variables.JsonVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records outreach contacts and plan reviews on the case; their appointments go to the appointment record. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class MonitoringService {

    private final MonitoringRepository monitoring;
    private final PlanClosure plans;
    private final Appointments appointments;
    private final ZoneId zone;
    private final Clock clock;

    MonitoringService(
            MonitoringRepository monitoring,
            PlanClosure plans,
            Appointments appointments,
            BusinessCalendarProperties calendar,
            Clock clock) {
        this.monitoring = monitoring;
        this.plans = plans;
        this.appointments = appointments;
        this.zone = calendar == null ? null : calendar.zone();
        this.clock = clock;
    }

    /**
     * Stores one contact attempt; each appointment arranged in it becomes an appointment on the case, whose own
     * process reminds the patient 24 hours before it (consent permitting) and asks the day after whether they went.
     */
    long recordContact(ContactReport report, String user) {
        long contactId = monitoring.insertContact(report, user, Instant.now(clock));
        for (ContactReport.Appointment appointment : report.appointments()) {
            Instant at =
                    appointment.date().atTime(appointment.time()).atZone(zone).toInstant();
            appointments.bookFromContact(report.caseId(), contactId, at, appointment.provider(), user);
        }
        return contactId;
    }

    /**
     * The inputs of DMN risk-tier and of care planning from the case's latest completed assessment; an instrument
     * not administered (or no assessment) leaves its values null, which the decision counts as no risk.
     */
    Map<String, Object> latestFindings(long caseId) {
        Map<String, Object> findings = new HashMap<>();
        MonitoringProcess.Vars.FINDINGS.forEach(finding -> findings.put(finding.name(), null));
        for (StoredResult result : monitoring.latestAssessmentResults(caseId)) {
            JsonNode flags = JsonVariables.tree(result.flagsJson());
            switch (result.instrument()) {
                case "phq9" -> {
                    findings.put(PHQ9_SEVERITY_VAR, result.band());
                    findings.put(PHQ9_SAFETY_CONCERN, flag(flags, PHQ9_SAFETY_CONCERN));
                }
                case "gad7" -> findings.put(GAD7_SEVERITY_VAR, result.band());
                case "lace" -> findings.put(READMISSION_RISK, result.band());
                case "katz-adl" -> findings.put(ADL_FUNCTION, result.band());
                case "ahc-hrsn" -> {
                    findings.put(SDOH_NEED_COUNT, result.score());
                    for (String need :
                            List.of(HOUSING_NEED, FOOD_NEED, TRANSPORTATION_NEED, UTILITY_NEED, SAFETY_NEED)) {
                        findings.put(need, flag(flags, need));
                    }
                }
                default -> {
                    // an instrument the decisions do not read
                }
            }
        }
        return findings;
    }

    /** The plan's goals in order; the review form shows at most five. */
    List<PlanGoal> planGoals(long carePlanId) {
        return plans.goalsOf(carePlanId);
    }

    /** Stores a plan review: the decision and an outcome per goal (goals without an answer are skipped). */
    void recordReview(
            long caseId, long carePlanId, List<String> goalOutcomes, String decision, String note, String user) {
        long reviewId = monitoring.insertReview(caseId, carePlanId, decision, note, user, Instant.now(clock));
        List<PlanGoal> goals = plans.goalsOf(carePlanId);
        for (int i = 0; i < Math.min(goals.size(), goalOutcomes.size()); i++) {
            String outcome = goalOutcomes.get(i);
            if (outcome != null && MonitoringProcess.GOAL_OUTCOME_VALUES.contains(outcome)) {
                monitoring.insertGoalOutcome(reviewId, goals.get(i).id(), outcome);
            }
        }
    }

    private static Boolean flag(JsonNode flags, String name) {
        JsonNode value = flags.path(name);
        return value.isMissingNode() || value.isNull() ? null : value.asBoolean();
    }
}
