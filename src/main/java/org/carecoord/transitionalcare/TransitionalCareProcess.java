package org.carecoord.transitionalcare;

import org.carecoord.variables.Var;

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
        public static final Var<String> REPORTED_STAY_ID = Var.string("reportedHospitalStayId");
        public static final Var<String> HOSPITAL_STAY_ID = Var.string("hospitalStayId");
        public static final Var<String> CONTACT_DUE = Var.string("tcmContactDue");
        public static final Var<String> FACE_TO_FACE_DUE = Var.string("faceToFaceDue");
        public static final Var<String> FACILITY = Var.string("hospitalFacility");
        public static final Var<String> DISCHARGED_ON = Var.string("hospitalDischargedOn");
        public static final Var<String> CONTACT_SATISFIED = Var.string("tcmContactSatisfied");
        public static final Var<String> CONTACT_ATTEMPTS = Var.string("tcmContactAttempts");
        /** LACE "L": the stay's length in days, prefilled into the readmission-risk form. */
        public static final Var<String> LENGTH_OF_STAY_DAYS = Var.string("lengthOfStayDays");
        /** Tells {@code assessment} to administer only LACE. */
        public static final Var<String> READMISSION_ONLY = Var.string("readmissionOnly");

        private Vars() {
        }
    }

    /** Fields of the coordinators' and managers' forms. */
    public static final class Fields {
        public static final Var<String> REACHED = Var.string("tcmReached");
        public static final Var<String> CHANNEL = Var.string("tcmChannel");
        public static final Var<String> NOTE = Var.string("tcmNote");
        public static final Var<String> DISCREPANCIES = Var.string("medicationDiscrepancies");
        public static final Var<String> MEDICATION_NOTE = Var.string("medicationNote");
        public static final Var<String> VISIT_DATE = Var.string("visitDate");
        public static final Var<String> VISIT_CLINICIAN = Var.string("visitClinician");
        public static final Var<String> VISIT_NOTE = Var.string("visitNote");
        public static final Var<String> OVERDUE_ACTION = Var.string("overdueAction");

        private Fields() {
        }
    }

    public static final String YES = "yes";

    private TransitionalCareProcess() {
    }
}
