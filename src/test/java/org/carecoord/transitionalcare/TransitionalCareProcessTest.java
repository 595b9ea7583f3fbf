package org.carecoord.transitionalcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.carecoord.transitionalcare.TransitionalCareProcess.*;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.StageStubs;
import org.carecoord.security.Groups;
import org.carecoord.support.EngineClock;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TestEngine;
import org.carecoord.transitionalcare.TransitionalCareProcess.Fields;
import org.carecoord.transitionalcare.TransitionalCareProcess.Vars;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Process {@code transitional-care} on its own, started as the episode calls it for one hospital stay, with the real
 * delegates over a recording stand-in of the stay record and a one-task stand-in of the LACE re-assessment.
 * Deadlines follow a moved clock. The episode's call of it is tested in CareEpisodeProcessTest.
 */
@Deployment(resources = "processes/transitional-care.bpmn")
class TransitionalCareProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = TestEngine.extension();

    private static final String CASE_NUMBER = "CC-2026-000042";
    private static final String COORDINATOR = "coordinator.dana";
    /** Discharged Wednesday 25 November 2026, the day before Thanksgiving. */
    private static final LocalDate DISCHARGED_ON = LocalDate.of(2026, 11, 25);
    /** Reported Wednesday at 15:00 UTC. */
    private static final ZonedDateTime REPORTED_AT = ZonedDateTime.of(2026, 11, 25, 15, 0, 0, 0, ZoneOffset.UTC);

    ProcessEngine processEngine;
    private RecordingTransitionalCare record;
    private TransitionalCareService deadlines;
    private String stubDeployment;

    @BeforeEach
    void setUp() {
        ClockUtil.setCurrentTime(Date.from(REPORTED_AT.toInstant()));
        record = RecordingTransitionalCare.registerDelegates();
        BusinessCalendar calendar =
                new BusinessCalendar(BusinessCalendarProperties.defaults(ZoneOffset.UTC), new EngineClock());
        Mocks.register("businessCalendar", calendar);
        deadlines = new TransitionalCareService(null, null, calendar, null, null, new EngineClock());
        stubDeployment = processEngine
                .getRepositoryService()
                .createDeployment()
                .addString("assessment.bpmn", StageStubs.ASSESSMENT)
                .deploy()
                .getId();
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
        processEngine.getRepositoryService().deleteDeployment(stubDeployment, true);
    }

    @Test
    void hospitalDischargeStartsContactReconciliationVisitAndLace() {
        // a re-assessment in monitoring found severe depression since the episode's first assessment
        record.latestFindings.put("phq9Severity", "severe");
        record.latestFindings.put("adlFunction", "independent");

        long stayId = reportDischarge("high");
        ProcessInstance care = stay(stayId);

        assertThat(care)
                .hasBusinessKey(CASE_NUMBER)
                .isWaitingAt(TASK_CONTACT, TASK_MEDICATION_RECONCILIATION, TASK_FACE_TO_FACE, CALL_REASSESSMENT);
        Task contact = task(TASK_CONTACT, care);
        assertThat(contact).isAssignedTo(COORDINATOR).hasCandidateGroupAssociated(Groups.COORDINATORS);
        assertThat(contact.getDueDate())
                .as("end of Monday 30 Nov: Thanksgiving is no business day")
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 11, 30, 17, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant()));
        assertThat(task(TASK_FACE_TO_FACE, care).getDueDate())
                .as("7 days for a high-risk patient")
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 2, 17, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant()));
        assertThat(task(TASK_MEDICATION_RECONCILIATION, care).getDueDate())
                .isEqualTo(task(TASK_FACE_TO_FACE, care).getDueDate());
        ProcessInstance lace = calledProcessInstance(StageStubs.ASSESSMENT_KEY, care);
        Map<String, Object> laceVariables = processEngine.getRuntimeService().getVariables(lace.getId());
        assertThat(lace).hasBusinessKey(CASE_NUMBER);
        assertThat(Vars.READMISSION_ONLY.from(laceVariables)).isTrue();
        assertThat(CareEpisodeProcess.Vars.RECENT_HOSPITAL_STAY.from(laceVariables))
                .isTrue();
        assertThat(Vars.LENGTH_OF_STAY_DAYS.from(laceVariables)).isEqualTo(4);
        assertThat(laceVariables)
                .as("the latest findings, not the first assessment's")
                .containsEntry("phq9Severity", "severe")
                .containsEntry("adlFunction", "independent");
        assertThat(record.stays).extracting(HospitalStay::id).containsExactly(stayId);
    }

    @Test
    void twoDocumentedUnsuccessfulAttemptsMeetTheContactRequirement() {
        ProcessInstance care = stay(reportDischarge("medium"));

        complete(task(TASK_CONTACT, care), withVariables(Fields.REACHED.name(), "no", Fields.CHANNEL.name(), "phone"));
        assertThat(care).as("one attempt is not enough").isWaitingAt(TASK_CONTACT);
        complete(task(TASK_CONTACT, care), withVariables(Fields.REACHED.name(), "no", Fields.CHANNEL.name(), "text"));

        assertThat(care).hasPassed(END_CONTACT_MADE);
        assertThat(processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey(TASK_CONTACT)
                        .count())
                .isZero();
        assertThat(record.attempts)
                .extracting(RecordingTransitionalCare.Attempt::channel)
                .containsExactly("phone", "text");
        assertThat(Fields.REACHED.from(processEngine.getRuntimeService().getVariables(care.getId())))
                .as("form fields do not linger")
                .isNull();
    }

    @Test
    void missedContactDeadlineGoesToManagersWhileTheContactStaysOpen() {
        ProcessInstance care = stay(reportDischarge("medium"));

        runJobsAt(ZonedDateTime.of(2026, 11, 30, 16, 59, 0, 0, ZoneOffset.UTC));
        assertThat(care).isNotWaitingAt(TASK_CONTACT_OVERDUE);

        runJobsAt(ZonedDateTime.of(2026, 11, 30, 17, 1, 0, 0, ZoneOffset.UTC));
        assertThat(care).isWaitingAt(TASK_CONTACT_OVERDUE, TASK_CONTACT);
        Task overdue = task(TASK_CONTACT_OVERDUE, care);
        assertThat(overdue).hasCandidateGroup(Groups.MANAGERS);
        assertThat(overdue.getPriority()).isGreaterThanOrEqualTo(80);

        complete(overdue, withVariables(Fields.OVERDUE_ACTION.name(), "coordinator-reminded"));
        assertThat(record.missedDeadlines).containsExactly("contact");
        complete(task(TASK_CONTACT, care), withVariables(Fields.REACHED.name(), "yes", Fields.CHANNEL.name(), "phone"));
        runJobsAt(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(record.missedDeadlines).as("raised once").containsExactly("contact");
    }

    @Test
    void faceToFaceAndReconciliationDeadlinesAreFourteenDaysForOthersThenManagersAreTold() {
        ProcessInstance care = stay(reportDischarge("medium"));
        assertThat(task(TASK_FACE_TO_FACE, care).getDueDate())
                .isEqualTo(Date.from(ZonedDateTime.of(2026, 12, 9, 17, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant()));

        runJobsAt(ZonedDateTime.of(2026, 12, 9, 17, 1, 0, 0, ZoneOffset.UTC));

        assertThat(care)
                .isWaitingAt(
                        TASK_FACE_TO_FACE_OVERDUE,
                        TASK_MEDICATION_OVERDUE,
                        TASK_FACE_TO_FACE,
                        TASK_MEDICATION_RECONCILIATION);
        complete(task(TASK_FACE_TO_FACE_OVERDUE, care), withVariables(Fields.OVERDUE_ACTION.name(), "reassigned"));
        complete(task(TASK_MEDICATION_OVERDUE, care), withVariables(Fields.OVERDUE_ACTION.name(), "reassigned"));
        assertThat(record.missedDeadlines).containsExactly("face-to-face-visit", "medication-reconciliation");
    }

    @Test
    void everyStepDoneClosesTransitionalCareWithTheNewRiskTier() {
        long stayId = reportDischarge("high");
        ProcessInstance care = stay(stayId);

        complete(task(TASK_CONTACT, care), withVariables(Fields.REACHED.name(), "yes", Fields.CHANNEL.name(), "phone"));
        complete(task(TASK_MEDICATION_RECONCILIATION, care), withVariables(Fields.DISCREPANCIES.name(), "no"));
        complete(
                task(calledProcessInstance(StageStubs.ASSESSMENT_KEY, care)),
                withVariables("readmissionRisk", "high", "riskTier", "high", "contactIntervalDays", 7));
        // what the episode's call activity takes back when this process ends
        assertThat(care)
                .variables()
                .containsEntry("readmissionRisk", "high")
                .containsEntry("riskTier", "high")
                .containsEntry("contactIntervalDays", 7);
        complete(
                task(TASK_FACE_TO_FACE, care),
                withVariables(
                        Fields.VISIT_DATE.name(),
                        "11/30/2026",
                        Fields.VISIT_CLINICIAN.name(),
                        "Dr. Rivera, Eastside Family Practice"));

        assertThat(care).hasPassed(TASK_CLOSE, END_DONE).isEnded();
        assertThat(record.closed).containsExactly(stayId);
        assertThat(record.visits).containsExactly(LocalDate.of(2026, 11, 30));
        assertThat(record.reconciled).containsExactly(stayId);
        assertThat(processEngine
                        .getManagementService()
                        .createJobQuery()
                        .processInstanceId(care.getId())
                        .count())
                .as("no deadline timer left")
                .isZero();
    }

    @Test
    void twoStaysRunSideBySideWithTheirOwnDeadlines() {
        stay(reportDischarge("medium"));
        ClockUtil.setCurrentTime(Date.from(REPORTED_AT.plusDays(14).toInstant()));
        long second = record.add(
                LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 9),
                deadlines.contactDue(LocalDate.of(2026, 12, 9)),
                deadlines.faceToFaceDue(LocalDate.of(2026, 12, 9), false));
        stay(second);

        assertThat(processEngine
                        .getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey(TASK_CONTACT)
                        .list())
                .extracting(Task::getDueDate)
                .containsExactlyInAnyOrder(
                        Date.from(ZonedDateTime.of(2026, 11, 30, 17, 0, 0, 0, ZoneOffset.UTC)
                                .toInstant()),
                        Date.from(ZonedDateTime.of(2026, 12, 11, 17, 0, 0, 0, ZoneOffset.UTC)
                                .toInstant()));
    }

    /** What POST …/events/hospital-discharge stores first: the stay with its deadlines. */
    private long reportDischarge(String riskTier) {
        return record.add(
                LocalDate.of(2026, 11, 21),
                DISCHARGED_ON,
                deadlines.contactDue(DISCHARGED_ON),
                deadlines.faceToFaceDue(DISCHARGED_ON, "high".equals(riskTier)));
    }

    /** Transitional care for the stay, started as the episode's call activity starts it. */
    private ProcessInstance stay(long stayId) {
        return processEngine
                .getRuntimeService()
                .startProcessInstanceByKey(
                        KEY,
                        CASE_NUMBER,
                        CareEpisodeProcess.Vars.CASE_ID
                                .with(42L)
                                .putValue(CareEpisodeProcess.Vars.CASE_NUMBER.name(), CASE_NUMBER)
                                .putValue(CareEpisodeProcess.Vars.CASE_COORDINATOR.name(), COORDINATOR)
                                .putValue(CareEpisodeProcess.Vars.URGENCY.name(), "routine")
                                .putValue(Vars.HOSPITAL_STAY_ID.name(), stayId));
    }

    private void runJobsAt(ZonedDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
        JobRunner.runDueJobs(processEngine.getManagementService());
    }
}
