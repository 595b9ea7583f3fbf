package org.carecoord.intake;

import java.util.List;

import org.carecoord.variables.Var;

/** Names of process {@code intake}: eligibility, consent and coordinator assignment for a new episode. */
public final class IntakeProcess {

    public static final String KEY = "intake";
    public static final String ELIGIBILITY_DECISION = "intake-eligibility";

    public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibility";
    public static final String TASK_REFER_ELSEWHERE = "Task_ReferElsewhere";
    public static final String TASK_RECORD_CONSENT = "Task_RecordConsent";
    public static final String TASK_SAVE_CONSENT = "Task_SaveConsent";
    public static final String TASK_ASSIGN_COORDINATOR = "Task_AssignCoordinator";
    public static final String TASK_CANCEL_EPISODE = "Task_CancelEpisode";
    public static final String END_COMPLETE = "EndEvent_IntakeComplete";
    public static final String END_CANCELLED = "EndEvent_EpisodeCancelled";

    public static final String FORM_RECORD_CONSENT = "intake-record-consent";
    public static final String FORM_REFER_ELSEWHERE = "intake-refer-elsewhere";

    /** Variables the intake sets or reads besides those of the episode (see CareEpisodeProcess.Vars). */
    public static final class Vars {
        public static final Var<Boolean> ELIGIBLE = Var.bool("eligible");
        public static final Var<String> CANCELLATION_REASON = Var.string("cancellationReason");
        // "Refer elsewhere" form
        public static final Var<String> REFERRED_TO = Var.string("referredTo");
        public static final Var<String> REFER_ELSEWHERE_NOTE = Var.string("referElsewhereNote");
        // "Record consent" form
        public static final Var<String> CONSENT_DECISION = Var.string("consentDecision");
        public static final Var<Boolean> SHARE_WITH_PROVIDERS = Var.bool("shareWithProviders");
        public static final Var<String> CONTACT_PREFERENCE = Var.string("contactPreference");
        public static final Var<String> CONTACT_TIMES = Var.string("contactTimes");
        public static final Var<String> CONSENT_GIVEN_BY = Var.string("consentGivenBy");
        public static final Var<String> CONSENT_GIVEN_BY_NAME = Var.string("consentGivenByName");
        public static final Var<String> CONSENT_METHOD = Var.string("consentMethod");
        /** What the consent form records besides the decision: kept on the case record, not in the process. */
        public static final List<Var<?>> CONSENT_DETAILS = List.of(
                SHARE_WITH_PROVIDERS,
                CONTACT_PREFERENCE,
                CONTACT_TIMES,
                CONSENT_GIVEN_BY,
                CONSENT_GIVEN_BY_NAME,
                CONSENT_METHOD);

        private Vars() {}
    }

    public static final String CONSENT_GIVEN = "given";
    public static final String CONSENT_DECLINED = "declined";
    /** Values of {@link Vars#CANCELLATION_REASON}: the first two come from DMN intake-eligibility. */
    public static final String REASON_PROGRAM_NOT_OFFERED = "program-not-offered";

    public static final String REASON_MINOR_WITHOUT_GUARDIAN = "minor-without-guardian";
    public static final String REASON_CONSENT_DECLINED = "consent-declined";

    private IntakeProcess() {}
}
