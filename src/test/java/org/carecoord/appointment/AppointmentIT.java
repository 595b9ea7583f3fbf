package org.carecoord.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.appointment.AppointmentProcess.Fields;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.InstanceJobs;
import org.carecoord.support.JobRunner;
import org.carecoord.support.OutboxDelivery;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Appointments on PostgreSQL: the API per role and its refusals, the reminder mail a day ahead (GreenMail, the
 * engine clock moved for the appointment's own instance), a ride requested for a patient with a transportation
 * barrier, and two missed appointments with one provider noting a barrier on the care plan.
 */
class AppointmentIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String PATIENT_EMAIL = "patient@example.org";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Autowired
    ApplicationContext context;

    @Autowired
    BusinessCalendarProperties calendar;

    @Test
    void theCaseTeamBooksReschedulesConfirmsAndCancelsAndEachRoleGetsWhatItMay() {
        var api = new Api(port);
        var episode = consentedCase();
        long caseId = episode.get("caseId").asLong();
        String coordinator = coordinatorOf(caseId);
        String other = coordinator.equals("coordinator") ? "coordinator2" : "coordinator";
        String path = "/api/cases/" + caseId + "/appointments";
        LocalDateTime start = inDays(12, 10, 0);

        var booked = api.post(path, coordinator, body(start, "Eastside Family Practice", false));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        JsonNode appointment = booked.json();
        long id = appointment.get("id").asLong();
        assertThat(appointment.get("status").asText()).isEqualTo("booked");
        assertThat(appointment.get("fhirStatus").asText()).isEqualTo("booked");
        assertThat(appointment.get("origin").asText()).isEqualTo("case");
        assertThat(appointment.get("createdBy").asText()).isEqualTo(coordinator);
        String instance = processOf(id);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo(episode.get("caseNumber").asText());

        assertThat(api.get(path, other).status()).as("another coordinator").isEqualTo(403);
        assertThat(api.post(path, other, body(start, "Elsewhere", false)).status())
                .isEqualTo(403);
        assertThat(api.get(path, "reviewer").status()).as("reviewers read").isEqualTo(200);
        assertThat(api.post(path, "reviewer", body(start, "Elsewhere", false)).status())
                .as("reviewers do not write")
                .isEqualTo(403);
        assertThat(api.put(path + "/" + id, "reviewer", body(start, "Elsewhere", false))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(path + "/" + id + "/cancel", "reviewer", "{}").status())
                .isEqualTo(403);
        var byManager = api.post(path, "manager", body(inDays(20, 9, 0), "County Dental Clinic", false));
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(201);
        assertThat(api.get(path, "manager").json().get("appointments")).hasSize(2);

        // reschedule: the reminder timer follows the new time
        LocalDateTime later = inDays(14, 15, 30);
        var moved = api.put(path + "/" + id, coordinator, body(later, "Eastside Family Practice", false));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("start").asText()).startsWith(later.toString());
        assertThat(reminderTimer(instance))
                .isEqualTo(later.atZone(calendar.zone()).toInstant().minusSeconds(24 * 3600));

        // confirm: same time, status confirmed
        var confirmed = api.put(
                path + "/" + id,
                coordinator,
                body(later, "Eastside Family Practice", false).replace("}", ", \"status\": \"confirmed\"}"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("confirmed");

        var cancelled = api.post(path + "/" + id + "/cancel", coordinator, "{\"reason\": \"patient is away\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("cancelled");
        assertThat(cancelled.json().get("cancellationReason").asText()).isEqualTo("patient is away");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the instance ended")
                .isZero();
        var again = api.post(path + "/" + id + "/cancel", coordinator, "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.put(path + "/987654321", coordinator, body(later, "X", false))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        var api = new Api(port);
        long caseId = consentedCase().get("caseId").asLong();
        String coordinator = coordinatorOf(caseId);
        String path = "/api/cases/" + caseId + "/appointments";

        var missing = api.post(path, coordinator, """
                {"provider": "  ", "location": "%s"}""".formatted("x".repeat(301)));
        assertThat(missing.status()).as(missing.body()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(fields(missing.json())).contains("start", "provider", "location");

        var past = api.post(path, coordinator, """
                {"start": "%s", "end": "%s", "provider": "Eastside Family Practice"}""".formatted(inDays(-1, 10, 0), inDays(-1, 9, 0)));
        assertThat(past.status()).as(past.body()).isEqualTo(400);
        assertThat(fields(past.json())).containsExactlyInAnyOrder("start", "end");

        var notADate = api.post(path, coordinator, """
                {"start": "next Tuesday", "provider": "Eastside Family Practice"}""");
        assertThat(notADate.status()).as(notADate.body()).isEqualTo(400);
        assertThat(notADate.body()).doesNotContain("java.", "Exception");

        var control = api.post(path, coordinator, body(inDays(5, 10, 0), "Clinic\\u0007", false));
        assertThat(control.status()).as(control.body()).isEqualTo(400);
        assertThat(fields(control.json())).containsExactly("provider");

        assertThat(count(caseId)).as("nothing stored").isZero();

        long id = api.post(path, coordinator, body(inDays(5, 10, 0), "Eastside Family Practice", false))
                .json()
                .get("id")
                .asLong();
        var attended = api.put(
                path + "/" + id,
                coordinator,
                body(inDays(5, 10, 0), "Eastside Family Practice", false).replace("}", ", \"status\": \"attended\"}"));
        assertThat(attended.status()).isEqualTo(400);
        assertThat(fields(attended.json())).containsExactly("status");
        assertThat(api.get(path, coordinator)
                        .json()
                        .get("appointments")
                        .get(0)
                        .get("status")
                        .asText())
                .isEqualTo("booked");
    }

    @Test
    void theReminderGoesToThePatientADayAheadWithoutThePurpose() {
        var api = new Api(port);
        long caseId = consentedCase().get("caseId").asLong();
        String coordinator = coordinatorOf(caseId);
        LocalDateTime start = inDays(9, 14, 45);
        long id = api.post("/api/cases/" + caseId + "/appointments", coordinator, """
                {"start": "%s", "provider": "Springfield Clinic", "location": "12 Main St",
                 "description": "diabetes check-up", "transportNeeded": false}""".formatted(start))
                .json()
                .get("id")
                .asLong();
        Instant at = start.atZone(calendar.zone()).toInstant();

        InstanceJobs.runDueAt(management, processOf(id), at.minusSeconds(25 * 3600));
        assertThat(outboxRows(caseId)).as("not two days ahead").isZero();
        InstanceJobs.runDueAt(management, processOf(id), at.minusSeconds(24 * 3600));
        assertThat(outboxRows(caseId)).isOne();
        assertThat(jdbc.queryForObject("select reminder_queued from appointment where id = ?", Boolean.class, id))
                .isTrue();

        OutboxDelivery.deliverAt(context, at.minusSeconds(24 * 3600 - 60));
        List<MimeMessage> reminders =
                OutboxDelivery.received(greenMail, PATIENT_EMAIL, "Reminder: your appointment", "2:45 PM");
        assertThat(reminders).hasSize(1);
        assertThat(GreenMailUtil.getBody(reminders.get(0)))
                .contains("Springfield Clinic, 12 Main St")
                .doesNotContain("diabetes");
    }

    @Test
    void aRideIsRequestedThreeDaysAheadForAPatientWithATransportationBarrier() {
        var api = new Api(port);
        var patient = CaseWithPlan.create(port, context, "Ride");
        // the plan names transportation among its barriers (care planning stores them comma-separated)
        jdbc.update(
                "update care_plan set barriers = 'cost,transportation' where case_id = ? and status = 'active'",
                patient.caseId());
        String path = "/api/cases/" + patient.caseId() + "/appointments";
        LocalDateTime start = inDays(10, 11, 0);
        long withRide = api.post(path, patient.coordinator(), body(start, "Heart Center", true))
                .json()
                .get("id")
                .asLong();
        long withoutRide = api.post(path, patient.coordinator(), body(start.plusDays(1), "Heart Center", false))
                .json()
                .get("id")
                .asLong();
        Instant at = start.atZone(calendar.zone()).toInstant();

        InstanceJobs.runDueAt(management, processOf(withRide), at.minusSeconds(4 * 24 * 3600));
        assertThat(referralNeed(withRide)).as("not four days ahead").isNull();
        InstanceJobs.runDueAt(management, processOf(withRide), at.minusSeconds(3 * 24 * 3600));
        Long needId = referralNeed(withRide);
        assertThat(needId).isNotNull();
        assertThat(jdbc.queryForObject("select service_type from referral_need where id = ?", String.class, needId))
                .isEqualTo("transportation");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(ReferralProcess.KEY)
                        .processInstanceBusinessKey(patient.caseNumber())
                        .variableValueEquals(ReferralProcess.Vars.REFERRAL_NEED_ID.name(), needId)
                        .count())
                .isOne();
        InstanceJobs.runDueAt(
                management, processOf(withoutRide), at.plusSeconds(24 * 3600).minusSeconds(3 * 24 * 3600));
        assertThat(referralNeed(withoutRide)).as("no ride asked for").isNull();
    }

    @Test
    void twoMissedAppointmentsWithTheSameProviderNoteABarrierOnThePlan() {
        var api = new Api(port);
        var patient = CaseWithPlan.create(port, context, "Miss");
        LocalDateTime start = inDays(3, 9, 30);
        long first = api.post(
                        "/api/cases/" + patient.caseId() + "/appointments",
                        patient.coordinator(),
                        body(start, "Eastside Clinic", false))
                .json()
                .get("id")
                .asLong();

        answer(patient, first, Fields.ATTENDANCE.name(), AppointmentProcess.MISSED);
        assertThat(status(first)).isEqualTo("noshow");
        var newDay = start.toLocalDate().plusDays(7);
        complete(
                patient,
                processOf(first),
                AppointmentProcess.TASK_RESCHEDULE,
                Map.of(
                        Fields.REBOOK.name(),
                        AppointmentProcess.YES,
                        Fields.NEW_DATE.name(),
                        newDay.format(TYPED),
                        Fields.NEW_TIME.name(),
                        "9:30 AM"));
        long second = jdbc.queryForObject("select id from appointment where rebooked_from_id = ?", Long.class, first);
        assertThat(barrierNote(patient)).doesNotContain("Eastside Clinic");

        answer(patient, second, Fields.ATTENDANCE.name(), AppointmentProcess.MISSED);

        assertThat(barrierNote(patient)).contains("Missed 2 appointments with Eastside Clinic");
        assertThat(jdbc.queryForObject(
                        "select barriers from care_plan where case_id = ? and status = 'active'",
                        String.class,
                        patient.caseId()))
                .isEqualTo("cost,other");
        assertThat(jdbc.queryForObject("select barrier_noted from appointment where id = ?", Boolean.class, second))
                .isTrue();
        complete(
                patient,
                processOf(second),
                AppointmentProcess.TASK_RESCHEDULE,
                Map.of(Fields.REBOOK.name(), AppointmentProcess.NO));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(processOf(second))
                        .count())
                .isZero();
        var listed = api.get("/api/cases/" + patient.caseId() + "/appointments", "reviewer")
                .json()
                .get("appointments");
        assertThat(listed.findValuesAsText("status")).containsExactly("missed", "missed");
        assertThat(listed.get(1).get("origin").asText()).isEqualTo("rebooked");
    }

    @Test
    void theDemoCaseBetweenContactsHasAppointmentsInEveryStatusLoadedOnce() {
        long walter = jdbc.queryForObject("""
                select c.id from care_case c join patient p on p.id = c.patient_id
                where p.first_name = 'Walter' and p.last_name = 'Brooks'""", Long.class);
        var listed = new Api(port)
                .get("/api/cases/" + walter + "/appointments", "manager")
                .json()
                .get("appointments");
        assertThat(listed.findValuesAsText("status"))
                .containsExactlyInAnyOrder("booked", "confirmed", "attended", "missed", "cancelled");
        long missed = jdbc.queryForObject(
                "select id from appointment where case_id = ? and status = 'noshow'", Long.class, walter);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(processOf(missed))
                        .taskDefinitionKey(AppointmentProcess.TASK_RESCHEDULE)
                        .count())
                .as("the missed one waits to be rescheduled")
                .isOne();

        context.getBean(AppointmentDemoData.class).run(null);

        assertThat(count(walter)).isEqualTo(5);
    }

    /** The day after the appointment: "Did the patient attend?" for the coordinator, answered. */
    private void answer(CaseWithPlan patient, long appointmentId, String field, String value) {
        String instance = processOf(appointmentId);
        Instant start = jdbc.queryForObject(
                        "select starts_at from appointment where id = ?", java.sql.Timestamp.class, appointmentId)
                .toInstant();
        InstanceJobs.runDueAt(management, instance, start.plusSeconds(2 * 24 * 3600));
        complete(patient, instance, AppointmentProcess.TASK_DID_PATIENT_ATTEND, Map.of(field, value));
    }

    private void complete(CaseWithPlan patient, String instance, String taskKey, Map<String, Object> answers) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as(taskKey).isNotNull();
        assertThat(task.getAssignee()).isEqualTo(patient.coordinator());
        TaskWork.completeAs(identity, tasks, patient.coordinator(), task.getId(), answers);
    }

    private String barrierNote(CaseWithPlan patient) {
        String note = jdbc.queryForObject(
                "select barrier_note from care_plan where case_id = ? and status = 'active'",
                String.class,
                patient.caseId());
        return note == null ? "" : note;
    }

    private JsonNode consentedCase() {
        var episode = new Api(port)
                .post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ada", IntakeApiITFixtures.uniqueName(), "1950-04-04", "routine"))
                .json();
        var consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(episode.get("caseNumber").asText())
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        tasks.complete(consent.getId(), IntakeApiITFixtures.consentGivenByEmail());
        JobRunner.runDueJobs(management);
        return episode;
    }

    private String coordinatorOf(long caseId) {
        return jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
    }

    private LocalDateTime inDays(int days, int hour, int minute) {
        return LocalDateTime.now(calendar.zone()).toLocalDate().plusDays(days).atTime(hour, minute);
    }

    private static String body(LocalDateTime start, String provider, boolean transport) {
        return """
                {"start": "%s", "provider": "%s", "transportNeeded": %s}""".formatted(start, provider, transport);
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsText("field");
    }

    private String processOf(long appointmentId) {
        return jdbc.queryForObject(
                "select process_instance_id from appointment where id = ?", String.class, appointmentId);
    }

    private Instant reminderTimer(String instance) {
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(AppointmentProcess.TIMER_DAY_BEFORE)
                .singleResult()
                .getDuedate()
                .toInstant();
    }

    private int count(long caseId) {
        return jdbc.queryForObject("select count(*) from appointment where case_id = ?", Integer.class, caseId);
    }

    private int outboxRows(long caseId) {
        return jdbc.queryForObject(
                "select count(*) from outbox where case_id = ? and template = 'appointment-reminder'",
                Integer.class,
                caseId);
    }

    private Long referralNeed(long appointmentId) {
        return jdbc.queryForObject(
                "select transport_referral_need_id from appointment where id = ?", Long.class, appointmentId);
    }

    private String status(long appointmentId) {
        return jdbc.queryForObject("select status from appointment where id = ?", String.class, appointmentId);
    }
}
