package org.carecoord.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.carecoord.appointment.AppointmentProcess.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.appointment.AppointmentProcess.Fields;
import org.carecoord.appointment.AppointmentProcess.Vars;
import org.carecoord.security.Groups;
import org.carecoord.support.EngineClock;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process {@code appointment} on its own with the real delegates over a recording stand-in of the record: every
 * path from booking to its end, with the engine clock moved to each timer.
 */
@Deployment(resources = "processes/appointment.bpmn")
class AppointmentProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final String CASE_NUMBER = "CC-2026-000077";
    private static final String COORDINATOR = "coordinator.dana";
    private static final long APPOINTMENT_ID = 31L;
    /** Booked Monday 7 December 2026 at 10:00 UTC, for Thursday 10 December at 14:30. */
    private static final ZonedDateTime BOOKED_AT = ZonedDateTime.of(2026, 12, 7, 10, 0, 0, 0, ZoneOffset.UTC);

    private static final Instant START =
            ZonedDateTime.of(2026, 12, 10, 14, 30, 0, 0, ZoneOffset.UTC).toInstant();

    ProcessEngine processEngine;
    private RecordingAppointmentWork work;
    private AppointmentSchedule schedule;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(BOOKED_AT.toInstant()));
        work = RecordingAppointmentWork.registerDelegates();
        schedule = new AppointmentSchedule(ZoneOffset.UTC, new EngineClock());
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    void anAppointmentIsRemindedADayAheadAndAskedAboutTheDayAfterAndKept() {
        ProcessInstance appointment = book(START, false);

        assertThat(appointment).hasBusinessKey(CASE_NUMBER).isWaitingAt(TIMER_DAY_BEFORE);
        assertThat(timer(appointment).getDuedate()).isEqualTo(Date.from(START.minus(Duration.ofHours(24))));
        moveClockTo(START.minus(Duration.ofHours(24)));
        assertThat(work.reminders).containsExactly(APPOINTMENT_ID);
        assertThat(work.transportReferrals).as("no ride to arrange").isEmpty();
        assertThat(appointment).isWaitingAt(TIMER_DAY_AFTER);
        assertThat(timer(appointment).getDuedate())
                .as("the day after, at 9:00")
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 11, 9, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant()));

        moveClockTo(timer(appointment).getDuedate().toInstant());
        assertThat(appointment).isWaitingAt(TASK_DID_PATIENT_ATTEND);
        assertThat(task(appointment)).isAssignedTo(COORDINATOR).hasCandidateGroupAssociated(Groups.COORDINATORS);
        complete(task(appointment), withVariables(Fields.ATTENDANCE.name(), ATTENDED));

        assertThat(work.attendance).containsExactly(ATTENDED);
        assertThat(appointment).hasPassed(END_ATTENDED).isEnded();
    }

    @Test
    void aRideIsArrangedThreeDaysAheadWhenThePatientNeedsOne() {
        ProcessInstance appointment = book(START, true);

        assertThat(appointment).isWaitingAt(TIMER_TRANSPORT_LEAD);
        assertThat(timer(appointment).getDuedate()).isEqualTo(Date.from(START.minus(Duration.ofDays(3))));
        moveClockTo(START.minus(Duration.ofDays(3)));
        assertThat(work.transportReferrals).containsExactly(APPOINTMENT_ID);
        assertThat(appointment).hasPassed(TASK_OPEN_TRANSPORT_REFERRAL).isWaitingAt(TIMER_DAY_BEFORE);
    }

    @Test
    void aRideForAnAppointmentBookedLateIsArrangedAtOnce() {
        Instant tomorrow = BOOKED_AT.plusDays(1).toInstant().plus(Duration.ofHours(5));
        ProcessInstance appointment = book(tomorrow, true);

        JobRunner.runDueJobs(processEngine.getManagementService());
        assertThat(work.transportReferrals).containsExactly(APPOINTMENT_ID);
        assertThat(appointment).isWaitingAt(TIMER_DAY_BEFORE);
    }

    @Test
    void reschedulingMovesTheTimers() {
        ProcessInstance appointment = book(START, false);
        Instant later = START.plus(Duration.ofDays(7));

        correlate(MESSAGE_RESCHEDULED, schedule.of(appointmentAt(later, false), false));

        assertThat(appointment).isWaitingAt(TIMER_DAY_BEFORE);
        assertThat(timer(appointment).getDuedate()).isEqualTo(Date.from(later.minus(Duration.ofHours(24))));
        moveClockTo(START.minus(Duration.ofHours(24)));
        assertThat(work.reminders).as("not at the old time").isEmpty();
        moveClockTo(later.minus(Duration.ofHours(24)));
        assertThat(work.reminders).containsExactly(APPOINTMENT_ID);
    }

    @Test
    void cancellingEndsTheInstance() {
        ProcessInstance appointment = book(START, true);

        correlate(MESSAGE_CANCELLED, null);

        assertThat(appointment).hasPassed(END_CANCELLED).isEnded();
        assertThat(work.transportReferrals).isEmpty();
        assertThat(work.reminders).isEmpty();
    }

    @Test
    void anAppointmentCancelledAfterAllEndsWithoutRescheduling() {
        ProcessInstance appointment = toAttendanceQuestion();

        complete(task(appointment), withVariables(Fields.ATTENDANCE.name(), CANCELLED));

        assertThat(appointment).hasPassed(END_CANCELLED_AFTER).isEnded();
    }

    @Test
    void aMissedAppointmentIsRebookedAtANewTime() {
        ProcessInstance appointment = toAttendanceQuestion();

        complete(task(appointment), withVariables(Fields.ATTENDANCE.name(), MISSED));
        assertThat(appointment).hasNotPassed(TASK_NOTE_BARRIER).isWaitingAt(TASK_RESCHEDULE);
        assertThat(task(appointment)).isAssignedTo(COORDINATOR);
        complete(
                task(appointment),
                withVariables(
                        Fields.REBOOK.name(),
                        YES,
                        Fields.NEW_DATE.name(),
                        "12/17/2026",
                        Fields.NEW_TIME.name(),
                        "10:15 AM"));

        assertThat(work.rebookings)
                .containsExactly(new RecordingAppointmentWork.Rebooking(
                        APPOINTMENT_ID, LocalDate.of(2026, 12, 17), LocalTime.of(10, 15)));
        assertThat(work.barriers).isEmpty();
        assertThat(appointment).hasPassed(END_REBOOKED).isEnded();
    }

    @Test
    void theSecondMissWithTheProviderNotesABarrierAndMayNotBeRebooked() {
        work.repeatedMiss = true;
        ProcessInstance appointment = toAttendanceQuestion();

        complete(task(appointment), withVariables(Fields.ATTENDANCE.name(), MISSED));
        assertThat(work.barriers).containsExactly(APPOINTMENT_ID);
        assertThat(appointment).hasPassed(TASK_NOTE_BARRIER).isWaitingAt(TASK_RESCHEDULE);
        complete(task(appointment), withVariables(Fields.REBOOK.name(), NO));

        assertThat(work.rebookings).isEmpty();
        assertThat(appointment).hasPassed(END_NOT_REBOOKED).isEnded();
    }

    private ProcessInstance toAttendanceQuestion() {
        ProcessInstance appointment = book(START, false);
        moveClockTo(schedule.attendanceAskedAt(START));
        assertThat(appointment).isWaitingAt(TASK_DID_PATIENT_ATTEND);
        return appointment;
    }

    private ProcessInstance book(Instant start, boolean transportToArrange) {
        VariableMap variables = schedule.of(appointmentAt(start, transportToArrange), transportToArrange);
        Vars.CASE_ID.put(variables, 42L);
        Vars.CASE_NUMBER.put(variables, CASE_NUMBER);
        Vars.CASE_COORDINATOR.put(variables, COORDINATOR);
        Vars.APPOINTMENT_ID.put(variables, APPOINTMENT_ID);
        return processEngine.getRuntimeService().startProcessInstanceByKey(KEY, CASE_NUMBER, variables);
    }

    private static Appointment appointmentAt(Instant start, boolean transport) {
        return new Appointment(
                APPOINTMENT_ID,
                42L,
                start,
                null,
                "Springfield Clinic",
                null,
                null,
                AppointmentStatus.BOOKED,
                "booked",
                transport,
                null,
                null,
                null,
                false,
                null,
                false,
                null,
                start,
                null,
                start);
    }

    private void correlate(String message, VariableMap variables) {
        var correlation = processEngine
                .getRuntimeService()
                .createMessageCorrelation(message)
                .processInstanceBusinessKey(CASE_NUMBER);
        if (variables != null) {
            correlation.setVariables(variables);
        }
        correlation.correlate();
    }

    private Job timer(ProcessInstance instance) {
        return processEngine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(instance.getId())
                .timers()
                .singleResult();
    }

    private void moveClockTo(Instant at) {
        ClockUtil.setCurrentTime(Date.from(at.plusSeconds(1)));
        JobRunner.runDueJobs(processEngine.getManagementService());
    }
}
