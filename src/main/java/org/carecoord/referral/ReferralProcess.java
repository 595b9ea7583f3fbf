package org.carecoord.referral;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.Var;

/**
 * Names of process {@code referral}: one instance per referral need, business key = case number. Open → select a
 * provider → send (signed response link) → wait for the provider (reminder after 3 business days, managers after 5)
 * → accepted: wait for the outcome (check-in after 30 days) → close the loop; declined or failed: another provider
 * or close the need as unmet.
 */
public final class ReferralProcess {

    public static final String KEY = "referral";

    public static final String START_EVENT = "StartEvent_ReferralNeeded";
    public static final String TASK_OPEN_REFERRAL = "Task_OpenReferral";
    public static final String TASK_SELECT_PROVIDER = "Task_SelectProvider";
    public static final String TASK_SEND_REFERRAL = "Task_SendReferral";
    public static final String SUBPROCESS_AWAIT_RESPONSE = "SubProcess_AwaitResponse";
    public static final String TASK_AWAIT_RESPONSE = "Task_AwaitResponse";
    public static final String TIMER_RESPONSE_REMINDER = "Timer_ReferralResponseReminder";
    public static final String TASK_REMIND_PROVIDER = "Task_RemindProvider";
    public static final String TASK_FOLLOW_UP_ON_REFERRAL = "Task_FollowUpOnReferral";
    public static final String TIMER_RESPONSE_OVERDUE = "Timer_ReferralResponseOverdue";
    public static final String TASK_REFERRAL_OVERDUE = "Task_ReferralOverdue";
    public static final String TASK_RECORD_FOLLOW_UP_ANSWER = "Task_RecordFollowUpAnswer";
    public static final String TASK_RECORD_OVERDUE_ANSWER = "Task_RecordOverdueAnswer";
    public static final String TASK_RECORD_CHECK_IN_ANSWER = "Task_RecordCheckInAnswer";
    public static final String GATEWAY_SERVICE_STARTED = "Gateway_ServiceStarted";
    public static final String GATEWAY_ACCEPTED = "Gateway_Accepted";
    public static final String SUBPROCESS_AWAIT_OUTCOME = "SubProcess_AwaitOutcome";
    public static final String TASK_AWAIT_OUTCOME = "Task_AwaitOutcome";
    public static final String TIMER_CHECK_IN = "Timer_ReferralCheckIn";
    public static final String TASK_CHECK_IN_ON_REFERRAL = "Task_CheckInOnReferral";
    public static final String GATEWAY_COMPLETED = "Gateway_Completed";
    public static final String TASK_CLOSE_THE_LOOP = "Task_CloseTheLoop";
    public static final String TASK_CHOOSE_ANOTHER_PROVIDER = "Task_ChooseAnotherProvider";
    public static final String GATEWAY_NEXT_STEP = "Gateway_NextStep";
    public static final String TASK_START_NEW_ATTEMPT = "Task_StartNewAttempt";
    public static final String TASK_CLOSE_NEED_UNMET = "Task_CloseNeedUnmet";
    public static final String END_REFERRAL_COMPLETED = "EndEvent_ReferralCompleted";
    public static final String END_NEED_UNMET = "EndEvent_NeedUnmet";

    public static final String FORM_SELECT_PROVIDER = "referral-select-provider";
    public static final String FORM_FOLLOW_UP = "referral-follow-up";
    public static final String FORM_CHOOSE_ANOTHER_PROVIDER = "referral-choose-another-provider";
    public static final String FORM_CHECK_IN = "referral-check-in";

    /** Correlated by {@link Vars#REFERRAL_ID} with {@link Vars#REFERRAL_RESPONSE} and reason or note. */
    public static final String MESSAGE_REFERRAL_RESPONSE = "ReferralResponse";

    public static final class Vars {
        // IN
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;
        public static final Var<String> SERVICE_TYPE = Var.string("serviceType");
        /** Optional: the referral need (table referral_need) this referral works. */
        public static final Var<Long> REFERRAL_NEED_ID = Var.id("referralNeedId");
        /** Optional preferred language of the patient, e.g. es; when absent, the patient record's. */
        public static final Var<String> LANGUAGE = Var.string("language");
        // Set by the process
        public static final Var<Long> REFERRAL_ID = Var.id("referralId");
        /** The service as words (e.g. "Food assistance"), shown by the forms. */
        public static final Var<String> SERVICE_LABEL = Var.string("serviceLabel");
        /** {label, value} options of the provider select (its valuesKey). */
        public static final Var<JsonNode> PROVIDER_OPTIONS = Var.json("providerOptions");
        // Message ReferralResponse (OUT: the last response)
        public static final Var<String> REFERRAL_RESPONSE = Var.string("referralResponse");
        public static final Var<String> RESPONSE_REASON = Var.string("responseReason");
        public static final Var<String> RESPONSE_NOTE = Var.string("responseNote");
        /** The last response as words, e.g. "Declined: no capacity", shown by the forms. */
        public static final Var<String> RESPONSE_SUMMARY = Var.string("responseSummary");

        private Vars() {}
    }

    /** Fields of "Select provider". */
    public static final class SelectProviderForm {
        /** A provider's ID: the select submits it as text. */
        public static final Var<Long> PROVIDER_ID = Var.id("providerId");

        private SelectProviderForm() {}
    }

    /**
     * Fields of the follow-up, overdue and check-in forms: what the provider said on the phone. {@link #PROVIDER_ANSWER}
     * is {@link ReferralProcess#ANSWER_NONE} or an action of the provider's page (accept, decline, start, complete,
     * fail).
     */
    public static final class RecordResponseForm {
        public static final Var<String> PROVIDER_ANSWER = Var.string("providerAnswer");
        public static final Var<String> DECLINE_REASON = Var.string("declineReason");
        public static final Var<String> SPOKE_WITH = Var.string("spokeWith");
        public static final Var<String> ANSWER_NOTE = Var.string("answerNote");

        private RecordResponseForm() {}
    }

    /** Fields of "Choose another provider". */
    public static final class ChooseAnotherForm {
        public static final Var<String> NEXT_STEP = Var.string("nextStep");
        public static final Var<String> UNMET_REASON = Var.string("unmetReason");

        private ChooseAnotherForm() {}
    }

    /** Values of {@link Vars#REFERRAL_RESPONSE}. */
    public static final String RESPONSE_ACCEPTED = "accepted";

    public static final String RESPONSE_DECLINED = "declined";
    /** The provider began the service (status in-progress); the wait for the outcome goes on. */
    public static final String RESPONSE_STARTED = "started";

    public static final String RESPONSE_COMPLETED = "completed";
    public static final String RESPONSE_FAILED = "failed";

    /** {@link RecordResponseForm#PROVIDER_ANSWER}: nothing to record yet, the wait goes on. */
    public static final String ANSWER_NONE = "none";

    /** Values of {@link ChooseAnotherForm#NEXT_STEP}. */
    public static final String NEXT_ANOTHER_PROVIDER = "another-provider";

    public static final String NEXT_CLOSE_UNMET = "close-unmet";

    private ReferralProcess() {}
}
