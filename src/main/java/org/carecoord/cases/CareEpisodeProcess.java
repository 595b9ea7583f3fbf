package org.carecoord.cases;

/** Names of process {@code care-episode}: one patient's episode from referral to discharge. */
public final class CareEpisodeProcess {

    public static final String KEY = "care-episode";
    public static final String START_FORM = "care-episode-start";
    public static final String FORM_CONDUCT_ASSESSMENT = "care-episode-conduct-assessment";

    public static final String START_EVENT = "StartEvent_ReferralReceived";
    public static final String TASK_REGISTER_REFERRAL = "Task_RegisterReferral";
    public static final String CALL_INTAKE = "CallActivity_Intake";
    public static final String TASK_CONDUCT_ASSESSMENT = "Task_ConductAssessment";
    public static final String END_READY_FOR_CARE_PLANNING = "EndEvent_ReadyForCarePlanning";
    public static final String END_CANCELLED = "EndEvent_EpisodeCancelled";

    /** Process variables: IDs and routing facts only; the case record lives in the application's tables. */
    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String PROGRAM = "program";
        public static final String URGENCY = "urgency";
        public static final String AGE = "age";
        public static final String GUARDIAN_NAMED = "guardianNamed";
        public static final String CASE_COORDINATOR = "caseCoordinator";
        public static final String INTAKE_OUTCOME = "intakeOutcome";

        private Vars() {
        }
    }

    /** Fields of the walk-in start form in Tasklist; removed from the process once the case is registered. */
    public static final class StartForm {
        public static final String FIRST_NAME = "firstName";
        public static final String LAST_NAME = "lastName";
        public static final String DATE_OF_BIRTH = "dateOfBirth";
        public static final String SEX = "sex";
        public static final String PHONE = "phone";
        public static final String EMAIL = "email";
        public static final String ADDRESS = "address";
        public static final String PREFERRED_LANGUAGE = "preferredLanguage";
        public static final String GUARDIAN_NAME = "guardianName";
        public static final String PROGRAM = Vars.PROGRAM;
        public static final String REFERRAL_SOURCE = "referralSource";
        public static final String REASON_FOR_REFERRAL = "reasonForReferral";
        public static final String URGENCY = Vars.URGENCY;

        public static final java.util.List<String> PATIENT_FIELDS = java.util.List.of(FIRST_NAME, LAST_NAME,
                DATE_OF_BIRTH, SEX, PHONE, EMAIL, ADDRESS, PREFERRED_LANGUAGE, GUARDIAN_NAME, REFERRAL_SOURCE,
                REASON_FOR_REFERRAL);

        private StartForm() {
        }
    }

    /** Values of {@link Vars#INTAKE_OUTCOME}. */
    public static final String INTAKE_ACCEPTED = "accepted";
    public static final String INTAKE_CANCELLED = "cancelled";

    private CareEpisodeProcess() {
    }
}
