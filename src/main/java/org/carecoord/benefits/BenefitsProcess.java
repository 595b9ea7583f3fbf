package org.carecoord.benefits;

import java.util.Date;
import java.util.List;

import org.carecoord.careplan.CarePlanningProcess.Labelled;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.Var;

/**
 * Names of process {@code benefits-and-claims}: one instance per benefit problem a coordinator reports on a case
 * (record it, act, follow up on a business-day timer, record the outcome; appeals have their deadline watched), and
 * one per coverage end date that starts with message {@code CoverageEnding} (help the patient renew, 30 days before
 * the coverage ends). Business key: the case number.
 */
public final class BenefitsProcess {

    public static final String KEY = "benefits-and-claims";
    public static final String MESSAGE_COVERAGE_ENDING = "CoverageEnding";

    public static final String START_PROBLEM = "StartEvent_ProblemReported";
    public static final String TASK_RECORD_PROBLEM = "Task_RecordBenefitProblem";
    public static final String TASK_SAVE_PROBLEM = "Task_SaveBenefitProblem";
    public static final String TASK_ACT = "Task_ActOnBenefitProblem";
    public static final String TASK_RECORD_ACTION = "Task_RecordBenefitAction";
    public static final String GATEWAY_APPEAL_FILED = "Gateway_AppealFiled";
    public static final String TIMER_FOLLOW_UP = "Timer_FollowUpDue";
    public static final String TASK_FOLLOW_UP = "Task_FollowUpBenefitProblem";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordBenefitOutcome";
    public static final String END_RESOLVED = "EndEvent_ProblemResolved";
    public static final String END_UNRESOLVED = "EndEvent_ProblemClosedUnresolved";
    public static final String TIMER_APPEAL_DEADLINE_NEAR = "Timer_AppealDeadlineNear";
    public static final String TASK_APPEAL_DEADLINE_NEAR = "Task_AppealDeadlineNear";
    public static final String TIMER_APPEAL_DEADLINE_PASSED = "Timer_AppealDeadlinePassed";
    public static final String TASK_APPEAL_DEADLINE_PASSED = "Task_AppealDeadlinePassed";

    public static final String START_COVERAGE_ENDING = "StartEvent_CoverageEnding";
    public static final String TIMER_RENEWAL_DUE = "Timer_RenewalDue";
    public static final String TASK_CHECK_RENEWAL = "Task_CheckRenewalNeeded";
    public static final String TASK_RENEW_COVERAGE = "Task_HelpRenewCoverage";
    public static final String END_RENEWAL_NOT_NEEDED = "EndEvent_RenewalNotNeeded";
    public static final String END_RENEWAL_HANDLED = "EndEvent_RenewalHandled";

    public static final String FORM_RECORD_PROBLEM = "benefits-and-claims-record-problem";
    public static final String FORM_ACT = "benefits-and-claims-act";
    public static final String FORM_FOLLOW_UP = "benefits-and-claims-follow-up";
    public static final String FORM_APPEAL_DEADLINE = "benefits-and-claims-appeal-deadline";
    public static final String FORM_RENEW_COVERAGE = "benefits-and-claims-renew-coverage";

    /** The coordinator follows up this many business days after acting. */
    public static final int FOLLOW_UP_BUSINESS_DAYS = 5;
    /** Managers are told this many business days before an appeal deadline (and again when it passes). */
    public static final int APPEAL_WARNING_BUSINESS_DAYS = 3;
    /** The renewal task appears this many days before a coverage ends. */
    public static final int RENEWAL_DAYS_BEFORE_END = 30;

    /** Why the patient cannot get or pay for care: the kind of problem reported. */
    public enum ProblemKind implements Labelled {
        CLAIM_DENIED("Claim denied"),
        PRIOR_AUTHORIZATION("Prior authorization needed"),
        COVERAGE_GAP("Coverage gap"),
        UNAFFORDABLE_BILL("Bill the patient cannot pay");

        private final String label;

        ProblemKind(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What the coordinator does about the problem. */
    public enum Action implements Labelled {
        CALL_PAYER("Call the payer"),
        FILE_APPEAL("File an appeal"),
        APPLY_ASSISTANCE("Apply for assistance (charity care, Medicaid, manufacturer program)"),
        PAYMENT_PLAN("Set up a payment plan (financial-counseling referral)");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Documents a problem may need. */
    public enum Document implements Labelled {
        DENIAL_LETTER("Denial letter"),
        EXPLANATION_OF_BENEFITS("Explanation of benefits"),
        BILL("Bill or statement"),
        INSURANCE_CARD("Insurance card"),
        PROOF_OF_INCOME("Proof of income"),
        PROVIDER_LETTER("Letter of medical necessity from the provider"),
        AUTHORIZATION_REQUEST("Prior authorization request"),
        OTHER("Other");

        private final String label;

        Document(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What the follow-up found. */
    public enum Outcome implements Labelled {
        RESOLVED("Resolved"),
        ACT_AGAIN("Not resolved yet: act again"),
        UNRESOLVED("Not resolved: close the problem");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** What came of helping the patient renew a coverage. */
    public enum RenewalOutcome implements Labelled {
        RENEWED("Renewed: the new end date is entered on the coverage"),
        APPLICATION_SUBMITTED("Renewal application submitted"),
        NOT_ELIGIBLE("Not eligible: other coverage sought"),
        PATIENT_DECLINED("Patient does not want to renew"),
        UNABLE_TO_REACH("Could not reach the patient");

        private final String label;

        RenewalOutcome(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** A manager's answer to an appeal deadline that is near or has passed. */
    public enum EscalationAction implements Labelled {
        COORDINATOR_REMINDED("Reminded the coordinator"),
        REASSIGNED("Reassigned to another coordinator"),
        CALLED_PAYER("Called the payer myself"),
        EXTENSION_REQUESTED("Asked the payer for an extension"),
        APPEAL_SUBMITTED("The appeal has been submitted");

        private final String label;

        EscalationAction(String label) {
            this.label = label;
        }

        @Override
        public String label() {
            return label;
        }
    }

    /** Process variables. */
    public static final class Vars {
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;

        public static final Var<Long> BENEFIT_PROBLEM_ID = Var.id("benefitProblemId");
        /** A {@link ProblemKind} code, and its label for the forms. */
        public static final Var<String> PROBLEM_KIND = Var.string("benefitProblemKind");

        public static final Var<String> PROBLEM_LABEL = Var.string("benefitProblemLabel");
        /** Set by "Record action": when the follow-up is due, and whether an appeal was filed with its dates. */
        public static final Var<Date> FOLLOW_UP_DUE = Var.of("benefitFollowUpDue", Date.class);

        public static final Var<Boolean> APPEAL_FILED = Var.bool("appealFiled");
        public static final Var<Date> APPEAL_DEADLINE_AT = Var.of("appealDeadlineAt", Date.class);
        public static final Var<Date> APPEAL_WARNING_AT = Var.of("appealWarningAt", Date.class);
        /** The deadline in words, for the forms. */
        public static final Var<String> APPEAL_DEADLINE_TEXT = Var.string("appealDeadlineText");
        /** Input parameter of each "Record escalation" step: {@code near} or {@code passed}. */
        public static final Var<String> APPEAL_ESCALATION = Var.string("appealEscalation");
        /** The last outcome recorded, for the gateway (an {@link Outcome} code). */
        public static final Var<String> OUTCOME = Var.string("benefitOutcomeRecorded");

        /** The coverage-ending path: the coverage, its end date watched, and what the renewal form shows. */
        public static final Var<Long> COVERAGE_ID = Var.id("coverageId");

        public static final Var<String> COVERAGE_ENDS_ON = Var.string("coverageEndsOn");
        public static final Var<Date> RENEWAL_DUE_AT = Var.of("renewalDueAt", Date.class);
        public static final Var<Date> RENEWAL_TASK_DUE = Var.of("renewalTaskDue", Date.class);
        public static final Var<String> COVERAGE_PAYOR = Var.string("coveragePayor");
        public static final Var<String> COVERAGE_ENDS_ON_TEXT = Var.string("coverageEndsOnText");
        public static final Var<Boolean> RENEWAL_NEEDED = Var.bool("renewalNeeded");

        private Vars() {}
    }

    /** Fields of the forms ({@link BenefitsForms} reads them). */
    public static final class Fields {
        public static final Var<String> SUMMARY = Var.string("problemSummary");
        public static final Var<List<String>> DOCUMENTS = Var.strings("documentsNeeded");
        public static final Var<String> DOCUMENTS_NOTE = Var.string("documentsNote");
        public static final Var<String> ACTION = Var.string("benefitAction");
        public static final Var<java.time.LocalDate> APPEAL_DEADLINE = Var.date("appealDeadline");
        public static final Var<String> ACTION_NOTE = Var.string("actionNote");
        public static final Var<String> OUTCOME = Var.string("benefitOutcome");
        public static final Var<String> OUTCOME_REASON = Var.string("outcomeReason");
        public static final Var<String> ESCALATION_ACTION = Var.string("appealEscalationAction");
        public static final Var<String> RENEWAL_OUTCOME = Var.string("renewalOutcome");

        private Fields() {}
    }

    private BenefitsProcess() {}
}
