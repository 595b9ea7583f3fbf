package org.carecoord.fhir.export;

import java.util.Map;
import java.util.Optional;

import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;

/**
 * The code systems the export uses and how CareCoord's own codes map onto FHIR's. CareCoord's stored statuses
 * mostly are FHIR codes already (episode, care plan, goal, activity, referral task); the rest is mapped here.
 */
final class FhirCodes {

    /** CareCoord's own code systems and identifier systems live under this base. */
    static final String BASE = "https://carecoord.example/fhir";

    static final String PROBLEM = BASE + "/CodeSystem/problem";
    static final String SERVICE = BASE + "/CodeSystem/service";
    static final String PROGRAM = BASE + "/CodeSystem/program";
    static final String CARE_TEAM_ROLE = BASE + "/CodeSystem/care-team-role";
    static final String INSTRUMENT = BASE + "/CodeSystem/instrument";
    static final String CASE_NUMBER = BASE + "/identifier/case-number";
    static final String USER = BASE + "/identifier/user";
    static final String QUESTIONNAIRE = BASE + "/Questionnaire/";

    static final String LOINC = "http://loinc.org";
    static final String SDOHCC = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";
    static final String CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    static final String TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code";
    static final String LANGUAGE = "urn:ietf:bcp:47";

    /** A Gravity Project SDOH category (code, display). */
    record Sdoh(String code, String display) {}

    private static final Map<String, Sdoh> SDOH_BY_SERVICE = Map.of(
            "food-assistance", new Sdoh("food-insecurity", "Food Insecurity"),
            "housing", new Sdoh("housing-instability", "Housing Instability"),
            "transportation", new Sdoh("transportation-insecurity", "Transportation Insecurity"),
            "utility-assistance", new Sdoh("utility-insecurity", "Utility Insecurity"),
            "financial-counseling", new Sdoh("financial-insecurity", "Financial Insecurity"));

    private static final Map<String, Sdoh> SDOH_BY_PROBLEM = Map.of(
            "food", new Sdoh("food-insecurity", "Food Insecurity"),
            "housing", new Sdoh("housing-instability", "Housing Instability"),
            "transportation", new Sdoh("transportation-insecurity", "Transportation Insecurity"),
            "utilities", new Sdoh("utility-insecurity", "Utility Insecurity"));

    /** An instrument's total-score code: LOINC where LOINC has one, else CareCoord's own code (see the README). */
    record ScoreCode(String system, String code, String display) {}

    private static final Map<String, ScoreCode> SCORE_CODES = Map.of(
            "phq9",
                    new ScoreCode(
                            LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
            "gad7",
                    new ScoreCode(
                            LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
            "ahc-hrsn", new ScoreCode(INSTRUMENT, "ahc-hrsn-need-count", "AHC HRSN screening: number of needs found"),
            "katz-adl",
                    new ScoreCode(INSTRUMENT, "katz-adl-independent-count", "Katz ADL: activities done independently"),
            "lace", new ScoreCode(INSTRUMENT, "lace-score", "LACE index for readmission risk"));

    private FhirCodes() {}

    /** The SDOH category of a referral's service, if it is a social need. */
    static Optional<Sdoh> sdohOfService(String serviceType) {
        return Optional.ofNullable(SDOH_BY_SERVICE.get(serviceType));
    }

    /** The SDOH category of a care-plan problem, if it is a social need. */
    static Optional<Sdoh> sdohOfProblem(String problemCode) {
        return Optional.ofNullable(SDOH_BY_PROBLEM.get(problemCode));
    }

    static ScoreCode scoreCode(String instrument) {
        ScoreCode code = SCORE_CODES.get(instrument);
        return code != null ? code : new ScoreCode(INSTRUMENT, instrument + "-score", instrument + " score");
    }

    /** R4 has no "confirmed": a confirmed appointment is still booked; attended and missed are stored as FHIR codes. */
    static AppointmentStatus appointmentStatus(String stored) {
        return switch (stored) {
            case "booked", "confirmed" -> AppointmentStatus.BOOKED;
            case "attended", "fulfilled" -> AppointmentStatus.FULFILLED;
            case "missed", "noshow" -> AppointmentStatus.NOSHOW;
            case "cancelled" -> AppointmentStatus.CANCELLED;
            default -> throw new IllegalArgumentException("not an appointment status: " + stored);
        };
    }

    /** The request stays active while its task runs; a task that ended without the service revokes it. */
    static ServiceRequestStatus serviceRequestStatus(String referralStatus) {
        return switch (referralStatus) {
            case "requested", "accepted", "in-progress" -> ServiceRequestStatus.ACTIVE;
            case "completed" -> ServiceRequestStatus.COMPLETED;
            case "rejected", "failed", "cancelled" -> ServiceRequestStatus.REVOKED;
            default -> throw new IllegalArgumentException("not a referral status: " + referralStatus);
        };
    }

    /** A plan's problems are active while the plan may still change them, resolved or inactive once it ended. */
    static String conditionClinicalStatus(String carePlanStatus) {
        return switch (carePlanStatus) {
            case "completed" -> "resolved";
            case "revoked", "entered-in-error" -> "inactive";
            default -> "active";
        };
    }
}
