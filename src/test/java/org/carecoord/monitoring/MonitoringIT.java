package org.carecoord.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.monitoring.MonitoringProcess.AppointmentRow;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.monitoring.MonitoringProcess.Vars;
import org.carecoord.support.Api;
import org.carecoord.support.InstanceJobs;
import org.carecoord.support.JobRunner;
import org.carecoord.support.OutboxDelivery;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Monitoring on PostgreSQL: two outreach cycles are recorded on the case, their minutes add up to the month's
 * care-management time over the API, and an appointment gets a reminder mail 24 hours before it, not earlier.
 */
class MonitoringIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String PATIENT_EMAIL = "patient@example.org";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Autowired
    BusinessCalendarProperties calendar;

    private Integer shownMinutes;

    @Test
    void contactsAreRecordedTheirMinutesAddUpPerMonthAndAnAppointmentIsRemindedADayAhead() {
        var episode = consentedCase();
        long caseId = episode.get("caseId").asLong();
        String caseNumber = episode.get("caseNumber").asText();
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        ProcessInstance monitoring = runtime.startProcessInstanceByKey(
                MonitoringProcess.KEY,
                caseNumber,
                Map.of(
                        Vars.CASE_ID.name(),
                        caseId,
                        Vars.CASE_NUMBER.name(),
                        caseNumber,
                        Vars.CASE_COORDINATOR.name(),
                        coordinator,
                        Vars.URGENCY.name(),
                        "routine",
                        Vars.RISK_TIER.name(),
                        "low",
                        Vars.CONTACT_INTERVAL_DAYS.name(),
                        30));

        // cycle 1: reached, an appointment in ten days at 2:30 PM
        LocalDate appointmentDay = LocalDate.now(calendar.zone()).plusDays(10);
        Map<String, Object> reached = new HashMap<>(Map.of(
                ContactForm.REACHED.name(),
                MonitoringProcess.YES,
                ContactForm.CHANNEL.name(),
                "phone",
                ContactForm.MINUTES_SPENT.name(),
                12L,
                ContactForm.PATIENT_STATUS.name(),
                MonitoringProcess.STATUS_STABLE,
                ContactForm.MEDICATION_CONCERNS.name(),
                false,
                ContactForm.BARRIERS.name(),
                List.of("transportation"),
                ContactForm.NOTE.name(),
                "doing well"));
        reached.put(
                ContactForm.APPOINTMENT_1.name(),
                Map.of(
                        AppointmentRow.DATE,
                        appointmentDay.format(TYPED),
                        AppointmentRow.TIME,
                        "2:30 PM",
                        AppointmentRow.PROVIDER,
                        "Springfield Clinic, 12 Main St"));
        completeContact(coordinator, monitoring, reached);

        // cycle 2: not reached; the contact shows the month's minutes so far
        shownMinutes = -1;
        completeContact(
                coordinator,
                monitoring,
                Map.of(
                        ContactForm.REACHED.name(),
                        MonitoringProcess.NO,
                        ContactForm.CHANNEL.name(),
                        "phone",
                        ContactForm.MINUTES_SPENT.name(),
                        10L));
        assertThat(Vars.CONTACT_ATTEMPT.from(runtime.getVariables(monitoring.getId())))
                .isEqualTo(2);
        assertThat(shownMinutes)
                .as("the first contact's 12 minutes, on the second contact's form")
                .isEqualTo(12);

        var response = new Api(port).get("/api/cases/" + caseId + "/contacts", coordinator);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var contacts = response.json().get("contacts");
        assertThat(contacts).hasSize(2);
        assertThat(contacts.get(0).get("reached").asBoolean())
                .as("newest first")
                .isFalse();
        assertThat(contacts.get(1).get("reached").asBoolean()).isTrue();
        assertThat(contacts.get(1).get("minutesSpent").asInt()).isEqualTo(12);
        assertThat(contacts.get(1).get("barriers").get(0).asText()).isEqualTo("transportation");
        assertThat(contacts.get(1).get("recordedBy").asText()).isEqualTo(coordinator);
        var months = response.json().get("months");
        assertThat(months).hasSize(1);
        assertThat(months.get(0).get("month").asText())
                .isEqualTo(YearMonth.now(calendar.zone()).toString());
        assertThat(months.get(0).get("minutes").asInt()).isEqualTo(22);
        assertThat(months.get(0).get("ccmThresholdMet").asBoolean())
                .as("20 minutes or more")
                .isTrue();

        Instant appointment = appointmentDay
                .atTime(LocalTime.of(14, 30))
                .atZone(calendar.zone())
                .toInstant();
        // the appointment is its own record now; its process queues the reminder a day ahead
        String appointmentProcess = jdbc.queryForObject(
                "select process_instance_id from appointment where case_id = ? and contact_id is not null",
                String.class,
                caseId);
        InstanceJobs.runDueAt(management, appointmentProcess, appointment.minusSeconds(24 * 3600 - 1));
        Instant notBefore =
                jdbc.queryForObject("""
                select next_attempt_at from outbox where case_id = ? and template = 'appointment-reminder'""", java.sql.Timestamp.class, caseId).toInstant();
        assertThat(notBefore).isEqualTo(appointment.minusSeconds(24 * 3600));
        assertThat(jdbc.queryForObject(
                        "select count(*) from appointment where case_id = ? and contact_id is not null and reminder_queued",
                        Integer.class,
                        caseId))
                .isEqualTo(1);

        deliverOutboxAt(Instant.now());
        assertThat(remindersTo(caseId)).as("not before the day ahead").isEmpty();
        deliverOutboxAt(notBefore.plusSeconds(60));
        List<MimeMessage> reminders = remindersTo(caseId);
        assertThat(reminders).hasSize(1);
        assertThat(GreenMailUtil.getBody(reminders.get(0)))
                .contains("Springfield Clinic, 12 Main St")
                .contains("2:30 PM");
    }

    @Test
    void contactsOfAnUnknownCaseAreNotFound() {
        var response = new Api(port).get("/api/cases/987654321/contacts", "coordinator");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).contains("application/problem+json");
    }

    private com.fasterxml.jackson.databind.JsonNode consentedCase() {
        var episode = new Api(port)
                .post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Mae", IntakeApiITFixtures.uniqueName(), "1951-03-03", "routine"))
                .json();
        var consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(episode.get("caseNumber").asText())
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        tasks.complete(consent.getId(), IntakeApiITFixtures.consentGivenByEmail());
        JobRunner.runDueJobs(management);
        return episode;
    }

    /** The interval's timer is made due now (no clock games in a shared context), then the coordinator records. */
    private void completeContact(String coordinator, ProcessInstance monitoring, Map<String, Object> form) {
        var timer = management
                .createJobQuery()
                .processInstanceId(monitoring.getId())
                .activityId(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .singleResult();
        assertThat(timer).as("waiting for the contact interval").isNotNull();
        management.setJobDuedate(timer.getId(), new java.util.Date(System.currentTimeMillis() - 1000));
        JobRunner.runDueJobs(management);
        var contact = tasks.createTaskQuery()
                .processInstanceId(monitoring.getId())
                .taskDefinitionKey(MonitoringProcess.TASK_OUTREACH_CONTACT)
                .singleResult();
        assertThat(contact.getAssignee()).isEqualTo(coordinator);
        shownMinutes = Vars.MINUTES_THIS_MONTH.from(tasks.getVariablesLocal(contact.getId()));
        TaskWork.completeAs(identity, tasks, coordinator, contact.getId(), form);
    }

    private void deliverOutboxAt(Instant now) {
        OutboxDelivery.deliverAt(context, now);
    }

    private List<MimeMessage> remindersTo(long caseId) {
        String subjectStart = "Reminder: your appointment";
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return message.getSubject().startsWith(subjectStart)
                                && Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                        .anyMatch(to -> to.toString().equals(PATIENT_EMAIL));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
