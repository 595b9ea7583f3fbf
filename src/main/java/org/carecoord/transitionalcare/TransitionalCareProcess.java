package org.carecoord.transitionalcare;

/**
 * Names of the transitional-care path of {@code care-episode}: a non-interrupting event subprocess started by
 * message {@code HospitalDischarge} that runs the CMS transitional care management steps after a hospital stay.
 */
public final class TransitionalCareProcess {

    public static final String MESSAGE_HOSPITAL_DISCHARGE = "HospitalDischarge";

    public static final String SUBPROCESS = "SubProcess_TransitionalCare";
    public static final String TASK_OPEN = "Task_OpenTransitionalCare";
    public static final String SUBPROCESS_CONTACT = "SubProcess_TransitionalContact";
    public static final String TASK_CONTACT = "Task_TransitionalCareContact";
    public static final String TIMER_CONTACT_DUE = "Timer_TransitionalContactDue";
    public static final String TASK_CONTACT_OVERDUE = "Task_TransitionalContactOverdue";
    public static final String TASK_MEDICATION_RECONCILIATION = "Task_MedicationReconciliation";
    public static final String TIMER_MEDICATION_DUE = "Timer_MedicationReconciliationDue";
    public static final String TASK_MEDICATION_OVERDUE = "Task_MedicationReconciliationOverdue";
    public static final String TASK_FACE_TO_FACE = "Task_FaceToFaceVisit";
    public static final String TIMER_FACE_TO_FACE_DUE = "Timer_FaceToFaceDue";
    public static final String TASK_FACE_TO_FACE_OVERDUE = "Task_FaceToFaceOverdue";
    public static final String CALL_REASSESSMENT = "CallActivity_ReadmissionRiskReassessment";
    public static final String TASK_CLOSE = "Task_CloseTransitionalCare";

    public static final String FORM_CONTACT = "care-episode-transitional-care-contact";
    public static final String FORM_MEDICATION_RECONCILIATION = "care-episode-medication-reconciliation";
    public static final String FORM_FACE_TO_FACE = "care-episode-face-to-face-visit";
    public static final String FORM_OVERDUE = "care-episode-transitional-care-overdue";

    /** Interactive contact: by the end of the second business day after the discharge date. */
    public static final int CONTACT_BUSINESS_DAYS = 2;
    /** Two documented, unsuccessful attempts within the window also satisfy the contact requirement. */
    public static final int CONTACT_ATTEMPTS_THAT_SATISFY = 2;
    /** Face-to-face visit: within 7 calendar days for high-risk patients (high complexity), else 14. */
    public static final int FACE_TO_FACE_DAYS_HIGH_RISK = 7;
    public static final int FACE_TO_FACE_DAYS = 14;

    /** Process variables. The stay's own ones are local to the event subprocess, so stays never mix. */
    public static final class Vars {
        /** Set by the correlation; moved into the subprocess at once. */
        public static final String REPORTED_STAY_ID = "reportedHospitalStayId";
        public static final String HOSPITAL_STAY_ID = "hospitalStayId";
        public static final String CONTACT_DUE = "tcmContactDue";
        public static final String FACE_TO_FACE_DUE = "faceToFaceDue";
        public static final String FACILITY = "hospitalFacility";
        public static final String DISCHARGED_ON = "hospitalDischargedOn";
        public static final String CONTACT_SATISFIED = "tcmContactSatisfied";
        public static final String CONTACT_ATTEMPTS = "tcmContactAttempts";
        /** LACE "L": the stay's length in days, prefilled into the readmission-risk form. */
        public static final String LENGTH_OF_STAY_DAYS = "lengthOfStayDays";
        /** Tells {@code assessment} to administer only LACE. */
        public static final String READMISSION_ONLY = "readmissionOnly";

        private Vars() {
        }
    }

    /** Fields of the coordinators' and managers' forms. */
    public static final class Fields {
        public static final String REACHED = "tcmReached";
        public static final String CHANNEL = "tcmChannel";
        public static final String NOTE = "tcmNote";
        public static final String DISCREPANCIES = "medicationDiscrepancies";
        public static final String MEDICATION_NOTE = "medicationNote";
        public static final String VISIT_DATE = "visitDate";
        public static final String VISIT_CLINICIAN = "visitClinician";
        public static final String VISIT_NOTE = "visitNote";
        public static final String OVERDUE_ACTION = "overdueAction";

        private Fields() {
        }
    }

    public static final String YES = "yes";

    private TransitionalCareProcess() {
    }
}
