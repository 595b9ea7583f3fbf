package org.carecoord.conference;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.variables.Var;

/**
 * Names of process {@code case-conference}: propose a time, invite the care team's planning members the patient's
 * consent covers, record who attended, the summary and the decisions (or that it did not take place: a new time, the
 * same calendar entry changed); not recorded by the end of the business day
 * after the proposed time → the managers are told. Started before a high-risk plan's approval (called by
 * {@code care-planning}), or on request ({@code POST /api/cases/{caseId}/conferences}); business key = case number.
 */
public final class CaseConferenceProcess {

    public static final String KEY = "case-conference";

    public static final String START_EVENT = "StartEvent_ConferenceRequested";
    public static final String TASK_OPEN = "Task_OpenConference";
    public static final String GATEWAY_ANYONE_TO_CONFER = "Gateway_AnyoneToConferWith";
    public static final String END_NOT_NEEDED = "EndEvent_NoConferenceNeeded";
    public static final String TASK_PROPOSE_TIME = "Task_ProposeTime";
    public static final String TASK_SCHEDULE = "Task_ScheduleConference";
    public static final String TASK_SEND_INVITATIONS = "Task_SendInvitations";
    public static final String TASK_RECORD = "Task_RecordConference";
    public static final String GATEWAY_TOOK_PLACE = "Gateway_ConferenceTookPlace";
    /** Not held: the conference wants a new time; the same invitations are sent again as a change. */
    public static final String TASK_NOT_HELD = "Task_ConferenceNotHeld";

    public static final String TIMER_NOT_RECORDED = "Timer_ConferenceNotRecorded";
    public static final String TASK_OVERDUE = "Task_ConferenceOverdue";
    public static final String END_MANAGER_TOLD = "EndEvent_ManagerTold";
    public static final String TASK_SAVE_RECORD = "Task_SaveConferenceRecord";
    public static final String GATEWAY_CHANGE_PLAN = "Gateway_ChangePlan";
    public static final String END_RECORDED = "EndEvent_ConferenceRecorded";
    public static final String TASK_PREPARE_REVISION = "Task_PreparePlanRevision";
    public static final String CALL_REVISE_PLAN = "CallActivity_RevisePlan";
    public static final String GATEWAY_REVISED_PLAN_AGREED = "Gateway_RevisedPlanAgreed";
    public static final String TASK_START_PLAN_REFERRALS = "Task_StartPlanReferrals";
    public static final String END_PLAN_REVISED = "EndEvent_PlanRevised";
    public static final String END_REVISED_PLAN_DECLINED = "EndEvent_RevisedPlanDeclined";

    /** In {@code care-planning}: the conference before a high-risk plan's approval. */
    public static final String PLANNING_GATEWAY_CONFERENCE_HELD = "Gateway_ConferenceHeld";

    public static final String PLANNING_CALL = "CallActivity_CaseConference";
    public static final String PLANNING_GATEWAY_CONFERENCE_CHANGES_PLAN = "Gateway_ConferenceChangesPlan";

    public static final String FORM_PROPOSE_TIME = "case-conference-propose-time";
    public static final String FORM_RECORD = "case-conference-record";
    public static final String FORM_OVERDUE = "case-conference-overdue";

    /** Why a conference is held (column reason, variable conferenceReason). */
    public static final String REASON_PLAN_APPROVAL = "plan-approval";

    public static final String REASON_PLAN_REVIEW = "plan-review";
    public static final String REASON_REQUEST = "request";

    /** The record form's answer to "Did the conference take place?" ({@link Fields#HELD}). */
    public static final String HELD = "held";

    public static final String NOT_HELD = "not-held";

    /** The attendee option of the coordinator (members' options are their ids). */
    public static final String COORDINATOR_ATTENDEE = "coordinator";

    /** Process variables. */
    public static final class Vars {
        public static final Var<Long> CASE_ID = CareEpisodeProcess.Vars.CASE_ID;
        public static final Var<String> CASE_NUMBER = CareEpisodeProcess.Vars.CASE_NUMBER;
        public static final Var<String> CASE_COORDINATOR = CareEpisodeProcess.Vars.CASE_COORDINATOR;
        /** The case_conference row; also passed back to care-planning, which then holds no second one. */
        public static final Var<Long> CONFERENCE_ID = Var.id("conferenceId");

        public static final Var<String> REASON = Var.string("conferenceReason");
        public static final Var<String> REQUESTED_BY = Var.string("conferenceRequestedBy");
        /** How many active planning members besides the coordinator: none → nothing to hold. */
        public static final Var<Integer> PLANNING_MEMBERS = Var.integer("conferencePlanningMembers");
        /** The proposed start, for the record task's due date; the timer fires at {@link #OVERDUE_AT}. */
        public static final Var<Date> STARTS_AT = Var.of("conferenceStartsAt", Date.class);

        public static final Var<Date> OVERDUE_AT = Var.of("conferenceOverdueAt", Date.class);
        /** Shown on the record and overdue forms, e.g. "Thu, Dec 3, 2026 2:00 PM". */
        public static final Var<String> WHEN = Var.string("conferenceWhen");
        /** Options of the record form: the team's planning members and the coordinator. */
        public static final Var<JsonNode> ATTENDEE_OPTIONS = Var.json("conferenceAttendeeOptions");

        public static final Var<JsonNode> DECISION_OPTIONS = Var.json("conferenceDecisionOptions");
        /** The conference decided to change the plan: a new plan version through care-planning. */
        public static final Var<Boolean> PLAN_CHANGE = Var.bool("conferencePlanChange");

        private Vars() {}
    }

    /** Fields of the coordinator's and the managers' forms; removed once recorded. */
    public static final class Fields {
        /** Typed as MM/DD/YYYY (see FormDates). */
        public static final Var<LocalDate> DATE = Var.date("conferenceDate");
        /** HH:MM, 24-hour, in the business calendar's zone. */
        public static final Var<String> TIME = Var.string("conferenceTime");

        public static final Var<Integer> DURATION_MINUTES = Var.integer("conferenceDurationMinutes");
        public static final Var<String> PLACE = Var.string("conferencePlace");
        /** {@link #HELD}, or {@link #NOT_HELD}: a new time is proposed and the invitations change. */
        public static final Var<String> HELD = Var.string("conferenceHeld");

        public static final Var<List<String>> ATTENDEES = Var.strings("conferenceAttendees");
        public static final Var<String> SUMMARY = Var.string("conferenceSummary");
        public static final Var<List<String>> DECISIONS = Var.strings("conferenceDecisions");
        public static final Var<String> OVERDUE_ACTION = Var.string("conferenceOverdueAction");

        static final List<Var<?>> PROPOSAL = List.of(DATE, TIME, DURATION_MINUTES, PLACE);
        static final List<Var<?>> RECORD = List.of(HELD, ATTENDEES, SUMMARY, DECISIONS);

        private Fields() {}
    }

    /** The field monitoring's "Review care plan" form adds: the review asks for a conference. */
    public static final class ReviewFields {
        public static final Var<Boolean> CONFERENCE_WANTED = Var.bool("caseConferenceWanted");

        private ReviewFields() {}
    }

    private CaseConferenceProcess() {}
}
