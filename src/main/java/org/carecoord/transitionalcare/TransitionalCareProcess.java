package org.carecoord.transitionalcare;

import java.time.LocalDate;
import java.util.Date;

import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.variables.Var;

/**
 * Names of process {@code transitional-care}: the CMS transitional care management steps after one hospital stay,
 * called from the episode's non-interrupting event subprocess {@code SubProcess_TransitionalCare} (message
 * {@code HospitalDischarge}), one instance per stay, with the case number as business key.
 */
public final class TransitionalCareProcess {

    public static final String KEY = "transitional-care";
    public static final String MESSAGE_HOSPITAL_DISCHARGE = "HospitalDischarge";

    /** In {@code care-episode}: the event subprocess started by the message, and its call of this process. */
    public static final String EPISODE_SUBPROCESS = "SubProcess_TransitionalCare";

    public static final String EPISODE_CALL = "CallActivity_TransitionalCare";
    public static final String EPISODE_END = "EndEvent_TransitionalCareEnded";

    public static final String START_EVENT = "StartEvent_StayReported";
    public static final String TASK_OPEN = "Task_OpenTransitionalCare";
    public static final String SUBPROCESS_CONTACT = "SubProcess_TransitionalContact";
    public static final String TASK_CONTACT = "Task_TransitionalCareContact";
    public static final String END_CONTACT_MADE = "EndEvent_TransitionalContactMade";
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
    public static final String END_DONE = "EndEvent_TransitionalCareDone";

    public static final String FORM_CONTACT = "transitional-care-contact";
    public static final String FORM_MEDICATION_RECONCILIATION = "transitional-care-medication-reconciliation";
    public static final String FORM_FACE_TO_FACE = "transitional-care-face-to-face-visit";
    public static final String FORM_OVERDUE = "transitional-care-overdue";

    /** Interactive contact: by the end of the second business day after the discharge date. */
    public static final int CONTACT_BUSINESS_DAYS = 2;
    /** Two documented, unsuccessful attempts within the window also satisfy the contact requirement. */
    public static final int CONTACT_ATTEMPTS_THAT_SATISFY = 2;
    /** Face-to-face visit: within 7 calendar days for high-risk patients (high complexity), else 14. */
    public static final int FACE_TO_FACE_DAYS_HIGH_RISK = 7;

    public static final int FACE_TO_FACE_DAYS = 14;

    /** Process variables: one instance per stay, so its variables are the stay's own. */
    public static final class Vars {
        /** Sent with the message to the episode; taken out of the episode's scope into the stay's at once. */
        public static final Var<Long> REPORTED_STAY_ID = Var.id("reportedHospitalStayId");
        /** Passed in by the episode's call activity. */
        public static final Var<Long> HOSPITAL_STAY_ID = Var.id("hospitalStayId");
        /** Timer and due dates of the contact and the face-to-face visit (and medication reconciliation). */
        public static final Var<Date> CONTACT_DUE = Var.of("tcmContactDue", Date.class);

        public static final Var<Date> FACE_TO_FACE_DUE = Var.of("faceToFaceDue", Date.class);
        /** Shown on the coordinators' forms. */
        public static final Var<String> FACILITY = Var.string("hospitalFacility");

        public static final Var<String> DISCHARGED_ON = Var.string("hospitalDischargedOn");
        public static final Var<Boolean> CONTACT_SATISFIED = Var.bool("tcmContactSatisfied");
        /** LACE "L": the stay's length in days, prefilled into the readmission-risk form. */
        public static final Var<Integer> LENGTH_OF_STAY_DAYS = AssessmentProcess.Fields.LENGTH_OF_STAY_DAYS;
        /** Tells {@code assessment} to administer only LACE. */
        public static final Var<Boolean> READMISSION_ONLY = Var.bool("readmissionOnly");
        /** Input parameter of each "Record missed deadline" step: which deadline was missed. */
        public static final Var<String> MISSED_DEADLINE = Var.string("missedDeadline");

        private Vars() {}
    }

    /** Fields of the coordinators' and managers' forms ({@link TransitionalCareForms} reads them). */
    public static final class Fields {
        public static final Var<String> REACHED = Var.string("tcmReached");
        public static final Var<String> CHANNEL = Var.string("tcmChannel");
        public static final Var<String> NOTE = Var.string("tcmNote");
        public static final Var<String> DISCREPANCIES = Var.string("medicationDiscrepancies");
        public static final Var<String> MEDICATION_NOTE = Var.string("medicationNote");
        /** Typed as MM/DD/YYYY (see FormDates). */
        public static final Var<LocalDate> VISIT_DATE = Var.date("visitDate");

        public static final Var<String> VISIT_CLINICIAN = Var.string("visitClinician");
        public static final Var<String> VISIT_NOTE = Var.string("visitNote");
        public static final Var<String> OVERDUE_ACTION = Var.string("overdueAction");

        private Fields() {}
    }

    public static final String YES = "yes";

    private TransitionalCareProcess() {}
}
