package org.carecoord.careplan;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.forms.FormOption;
import org.carecoord.variables.Var;

/**
 * Names of process {@code care-planning}: problems → goals → interventions, approval for high-risk plans, the
 * patient's agreement and education. Called by the care episode with the case number as business key.
 */
public final class CarePlanningProcess {

    public static final String KEY = "care-planning";

    public static final String START_EVENT = "StartEvent_AssessmentComplete";
    public static final String TASK_SUGGEST_PROBLEMS = "Task_SuggestProblems";
    public static final String TASK_DRAFT_CARE_PLAN = "Task_DraftCarePlan";
    public static final String TASK_SAVE_CARE_PLAN = "Task_SaveCarePlan";
    public static final String GATEWAY_APPROVAL_REQUIRED = "Gateway_ApprovalRequired";
    public static final String TASK_APPROVE_CARE_PLAN = "Task_ApproveCarePlan";
    public static final String TASK_RECORD_APPROVAL = "Task_RecordApproval";
    public static final String GATEWAY_APPROVED = "Gateway_Approved";
    public static final String TASK_REVIEW_PLAN_WITH_PATIENT = "Task_ReviewPlanWithPatient";
    public static final String GATEWAY_PATIENT_DECISION = "Gateway_PatientDecision";
    public static final String TASK_RECORD_CHANGE_REQUESTS = "Task_RecordChangeRequests";
    public static final String TASK_REVOKE_PLAN = "Task_RevokePlan";
    public static final String TASK_ACTIVATE_PLAN = "Task_ActivatePlan";
    public static final String TASK_PREPARE_EDUCATION_MATERIALS = "Task_PrepareEducationMaterials";
    public static final String TASK_EDUCATE_PATIENT = "Task_EducatePatient";
    public static final String TASK_RECORD_EDUCATION = "Task_RecordEducation";
    public static final String END_PLAN_ACTIVE = "EndEvent_PlanActive";
    public static final String END_PLAN_DECLINED = "EndEvent_PlanDeclined";

    public static final String FORM_DRAFT_CARE_PLAN = "care-planning-draft-care-plan";
    public static final String FORM_APPROVE_CARE_PLAN = "care-planning-approve-care-plan";
    public static final String FORM_REVIEW_PLAN_WITH_PATIENT = "care-planning-review-plan-with-patient";
    public static final String FORM_EDUCATE_PATIENT = "care-planning-educate-patient";

    /**
     * What the episode passes in (IN) and reads back (OUT). The names are those of the episode and of the assessment
     * decisions; each assessment result may be absent (instrument not administered).
     */
    public static final class Vars {
        // IN: the case
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;
        public static final Var<String> URGENCY = CareEpisodeProcess.Vars.URGENCY;
        public static final Var<String> RISK_TIER = AssessmentProcess.Scores.RISK_TIER;
        public static final Var<Integer> CONTACT_INTERVAL_DAYS = AssessmentProcess.Scores.CONTACT_INTERVAL_DAYS;
        public static final Var<Boolean> PLAN_APPROVAL_REQUIRED = AssessmentProcess.Scores.PLAN_APPROVAL_REQUIRED;
        // IN: assessment results that suggest problems (null or absent: not administered)
        public static final Var<Boolean> HOUSING_NEED = AssessmentProcess.Scores.HOUSING_NEED;
        public static final Var<Boolean> FOOD_NEED = AssessmentProcess.Scores.FOOD_NEED;
        public static final Var<Boolean> TRANSPORTATION_NEED = AssessmentProcess.Scores.TRANSPORTATION_NEED;
        public static final Var<Boolean> UTILITY_NEED = AssessmentProcess.Scores.UTILITY_NEED;
        public static final Var<Boolean> SAFETY_NEED = AssessmentProcess.Scores.SAFETY_NEED;
        public static final Var<String> PHQ9_SEVERITY = AssessmentProcess.Scores.PHQ9_SEVERITY;
        public static final Var<String> GAD7_SEVERITY = AssessmentProcess.Scores.GAD7_SEVERITY;
        public static final Var<String> ADL_FUNCTION = AssessmentProcess.Scores.ADL_FUNCTION;
        public static final Var<String> READMISSION_RISK = AssessmentProcess.Scores.READMISSION_RISK;
        // OUT
        public static final Var<Long> CARE_PLAN_ID = CareEpisodeProcess.Vars.CARE_PLAN_ID;
        public static final Var<String> CARE_PLAN_OUTCOME = Var.string("carePlanOutcome");
        /** Service codes ({@link Service}) as a JSON list: one referral per entry. */
        public static final Var<List<String>> REFERRAL_NEEDS = Var.javaList("referralNeeds");
        // Set by the process
        /** Problem codes the assessment suggested; the draft form's problems start as these. */
        public static final Var<List<String>> SUGGESTED_PROBLEMS = Var.strings("suggestedProblems");

        public static final Var<Integer> CARE_PLAN_VERSION = Var.integer("carePlanVersion");
        /** The saved plan's goals and interventions as JSON lists of rows, shown by the approval and review forms. */
        public static final Var<JsonNode> GOALS = Var.json("goals");

        public static final Var<JsonNode> INTERVENTIONS = Var.json("interventions");
        /** {label, value} options of the materials checklist (its valuesKey). */
        public static final Var<JsonNode> MATERIAL_OPTIONS = Var.json("materialOptions");

        private Vars() {}
    }

    /**
     * Fields of "Draft care plan". Goals and interventions are fixed rows, each a group whose fields ({@link GoalRow},
     * {@link InterventionRow}) Tasklist submits as one JSON object: Tasklist 7.24 cannot complete a form once a
     * dynamic list's row has been edited, so dynamic lists are not used.
     */
    public static final class DraftForm {
        public static final Var<List<String>> PROBLEMS = Var.strings("problems");
        public static final Var<JsonNode> GOAL_1 = Var.json("goal1");
        public static final Var<JsonNode> GOAL_2 = Var.json("goal2");
        public static final Var<JsonNode> GOAL_3 = Var.json("goal3");
        public static final Var<JsonNode> GOAL_4 = Var.json("goal4");
        public static final Var<JsonNode> GOAL_5 = Var.json("goal5");
        public static final Var<JsonNode> INTERVENTION_1 = Var.json("intervention1");
        public static final Var<JsonNode> INTERVENTION_2 = Var.json("intervention2");
        public static final Var<JsonNode> INTERVENTION_3 = Var.json("intervention3");
        public static final Var<JsonNode> INTERVENTION_4 = Var.json("intervention4");
        public static final Var<JsonNode> INTERVENTION_5 = Var.json("intervention5");
        public static final Var<JsonNode> INTERVENTION_6 = Var.json("intervention6");
        public static final Var<JsonNode> INTERVENTION_7 = Var.json("intervention7");
        public static final Var<JsonNode> INTERVENTION_8 = Var.json("intervention8");
        public static final Var<List<String>> BARRIERS = Var.strings("barriers");
        public static final Var<String> BARRIER_NOTE = Var.string("barrierNote");
        public static final Var<List<String>> EDUCATION_TOPICS = Var.strings("educationTopics");
        public static final Var<List<String>> REFERRAL_SERVICES = Var.strings("referralServices");

        public static final List<Var<JsonNode>> GOAL_ROWS = List.of(GOAL_1, GOAL_2, GOAL_3, GOAL_4, GOAL_5);
        public static final List<Var<JsonNode>> INTERVENTION_ROWS = List.of(
                INTERVENTION_1,
                INTERVENTION_2,
                INTERVENTION_3,
                INTERVENTION_4,
                INTERVENTION_5,
                INTERVENTION_6,
                INTERVENTION_7,
                INTERVENTION_8);

        private DraftForm() {}
    }

    /** Fields of one goal row ({@link DraftForm#GOAL_ROWS}). */
    public static final class GoalRow {
        public static final String PROBLEM = "problem";
        public static final String DESCRIPTION = "description";
        public static final String MEASURE = "measure";
        public static final String TARGET_DATE = "targetDate";

        private GoalRow() {}
    }

    /** Fields of one intervention row ({@link DraftForm#INTERVENTION_ROWS}). */
    public static final class InterventionRow {
        public static final String PROBLEM = "problem";
        public static final String ACTION = "action";
        public static final String RESPONSIBLE = "responsible";
        public static final String DUE_DATE = "dueDate";

        private InterventionRow() {}
    }

    /** Fields of "Approve care plan". */
    public static final class ApprovalForm {
        public static final Var<String> APPROVAL_DECISION = Var.string("approvalDecision");
        public static final Var<String> APPROVAL_COMMENTS = Var.string("approvalComments");

        private ApprovalForm() {}
    }

    /** Fields of "Review plan with patient". */
    public static final class ReviewForm {
        public static final Var<String> PATIENT_DECISION = Var.string("patientDecision");
        public static final Var<LocalDate> AGREED_ON = Var.date("agreedOn");
        public static final Var<String> AGREED_HOW = Var.string("agreedHow");
        public static final Var<String> PATIENT_CHANGE_REQUESTS = Var.string("patientChangeRequests");

        private ReviewForm() {}
    }

    /** Fields of "Educate patient". */
    public static final class EducationForm {
        public static final Var<List<String>> TOPICS_COVERED = Var.strings("topicsCovered");
        public static final Var<Boolean> TEACH_BACK_CONFIRMED = Var.bool("teachBackConfirmed");
        public static final Var<List<String>> MATERIALS_GIVEN = Var.strings("materialsGiven");

        private EducationForm() {}
    }

    /** Values of {@link Vars#CARE_PLAN_OUTCOME}. */
    public static final String OUTCOME_ACTIVE = "active";

    public static final String OUTCOME_DECLINED = "declined";

    /** Values of {@link ApprovalForm#APPROVAL_DECISION}. */
    public static final String APPROVAL_APPROVE = "approve";

    public static final String APPROVAL_RETURN = "return";

    /** Values of {@link ReviewForm#PATIENT_DECISION}. */
    public static final String PATIENT_AGREED = "agreed";

    public static final String PATIENT_CHANGES_REQUESTED = "changes-requested";
    public static final String PATIENT_DECLINED = "declined";

    /** Values of {@link Vars#RISK_TIER}. */
    public static final String RISK_HIGH = "high";

    public static final String RISK_MEDIUM = "medium";
    public static final String RISK_LOW = "low";

    /** A code vocabulary: each constant's code is its name in lower case with hyphens (HOME_CARE → home-care). */
    public interface Coded {

        String name();

        @JsonValue
        default String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static <E extends Enum<E> & Coded> Optional<E> fromCode(Class<E> type, String code) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(value -> value.code().equals(code))
                    .findFirst();
        }
    }

    /** A vocabulary a form offers as options: the code is the option's value, the label what the user reads. */
    public interface Labelled extends Coded, FormOption {

        @Override
        default String code() {
            return Coded.super.code();
        }
    }

    /** A problem the plan addresses; all but the last two can be suggested by the assessment. */
    public enum Problem implements Labelled {
        HOUSING("Housing"),
        FOOD("Food"),
        TRANSPORTATION("Transportation"),
        UTILITIES("Utilities (electricity, gas, water)"),
        SAFETY("Personal safety"),
        MOOD("Mood (depression)"),
        ANXIETY("Anxiety"),
        FUNCTION("Daily living (function)"),
        READMISSION("Risk of hospital readmission"),
        MEDICATIONS("Medication management"),
        SELF_MANAGEMENT("Chronic condition self-management");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A service the patient is referred to; each chosen one becomes a referral need. */
    public enum Service implements Labelled {
        PRIMARY_CARE("Primary care"),
        BEHAVIORAL_HEALTH("Behavioral health"),
        SPECIALIST("Specialist"),
        HOME_CARE("Home care"),
        TRANSPORTATION("Transportation"),
        FOOD_ASSISTANCE("Food assistance"),
        HOUSING("Housing"),
        UTILITY_ASSISTANCE("Utility assistance"),
        FINANCIAL_COUNSELING("Financial counseling / payment plan");

        private final String label;

        Service(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Who carries out an intervention. */
    public enum Responsible implements Labelled {
        COORDINATOR("Care coordinator"),
        PATIENT("Patient"),
        PROVIDER("Provider"),
        COMMUNITY_SERVICE("Community service");

        private final String label;

        Responsible(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What may stand in the way of the plan. */
    public enum Barrier implements Labelled {
        TRANSPORTATION("Transportation"),
        COST("Cost / payment"),
        LANGUAGE("Language"),
        HEALTH_LITERACY("Health literacy"),
        CAREGIVER("Caregiver availability"),
        OTHER("Other (describe below)");

        private final String label;

        Barrier(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Education topics; the catalogue of materials (table education_material) is keyed by these codes. */
    public enum EducationTopic implements Labelled {
        MEDICATIONS("Medications"),
        DIET_NUTRITION("Diet and nutrition"),
        HEART_FAILURE_SELF_CARE("Heart failure self-care"),
        DIABETES_SELF_CARE("Diabetes self-care"),
        FALL_PREVENTION("Fall prevention"),
        MENTAL_HEALTH("Mental health"),
        COMMUNITY_RESOURCES("Community resources"),
        APPOINTMENTS_FOLLOW_UP("Appointments and follow-up");

        private final String label;

        EducationTopic(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** How the patient agreed to the plan. */
    public enum AgreementMethod implements Coded {
        IN_PERSON,
        PHONE,
        VIDEO,
        WRITTEN
    }

    private CarePlanningProcess() {}
}
