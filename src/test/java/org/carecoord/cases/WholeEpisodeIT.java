package org.carecoord.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentAnswers;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.calendar.BusinessCalendar;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.discharge.DischargeProcess;
import org.carecoord.discharge.DischargeProcess.SummaryForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.monitoring.MonitoringProcess.AppointmentRow;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;
import org.carecoord.support.InstanceJobs;
import org.carecoord.support.JobRunner;
import org.carecoord.support.OutboxDelivery;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.carecoord.transitionalcare.TransitionalCareProcess;
import org.carecoord.transitionalcare.TransitionalCareProcess.Fields;
import org.carecoord.variables.JsonVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * One whole episode on PostgreSQL, as the coordinator works it in Tasklist and a provider through the mailed link:
 * intake → assessment → plan → a referral accepted, started and completed → two outreach cycles → a hospital
 * discharge with its transitional-care deadlines → the patient moves away and is discharged. At the end the case is
 * finished, nothing of it runs or waits, and GreenMail saw each expected mail exactly once.
 */
class WholeEpisodeIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/referral-response/([A-Za-z0-9._-]+)");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    @Autowired
    HistoryService history;

    @Autowired
    BusinessCalendar calendar;

    @Autowired
    BusinessCalendarProperties calendarProperties;

    @Autowired
    ApplicationContext context;

    private final HttpClient http = HttpClient.newHttpClient();
    private String caseNumber;
    private long caseId;
    private String coordinator;

    @Test
    void anEpisodeRunsFromReferralToDischargeAndLeavesNothingRunning() throws Exception {
        var api = new Api(port);
        var intake = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Iris", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine")
                                .replace("\"hospital\"", "\"primary-care\""))
                .json();
        caseId = intake.get("caseId").asLong();
        caseNumber = intake.get("caseNumber").asText();

        // Intake: consent, including e-mail contact; the case goes to a coordinator
        complete(
                "coordinator",
                IntakeProcess.TASK_RECORD_CONSENT,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONTACT_PREFERENCE.name(),
                        "email",
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(management);
        coordinator = jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);

        // Assessment: mild mood, food insecurity, independent → medium tier, contact every 14 days
        complete(coordinator, AssessmentProcess.TASK_SCREEN_MOOD, AssessmentAnswers.mood(1, 1, 1, 1, 1, 1, 1, 1, 0));
        var socialNeeds = AssessmentAnswers.socialNeedsNone();
        AssessmentProcess.Fields.FOOD_WORRY.put(socialNeeds, "often");
        complete(coordinator, AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS, socialNeeds);
        complete(coordinator, AssessmentProcess.TASK_ASSESS_DAILY_LIVING, AssessmentAnswers.dailyLiving(6));
        assertThat(riskTier()).isEqualTo("medium");

        // Care plan: a food goal met through the food bank; agreed; taught with a leaflet
        complete(
                coordinator,
                CarePlanningProcess.TASK_DRAFT_CARE_PLAN,
                Map.of(
                        DraftForm.PROBLEMS.name(), JsonVariables.json(List.of("food")),
                        DraftForm.GOAL_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "description",
                                        "Enough food every week",
                                        "measure",
                                        "Food ran out: never",
                                        "targetDate",
                                        "2027-03-31")),
                        DraftForm.INTERVENTION_1.name(),
                                JsonVariables.json(Map.of(
                                        "problem",
                                        "food",
                                        "action",
                                        "Enrol with the food bank",
                                        "responsible",
                                        "community-service",
                                        "dueDate",
                                        "12/15/2026")),
                        DraftForm.BARRIERS.name(), JsonVariables.json(List.of()),
                        DraftForm.EDUCATION_TOPICS.name(), JsonVariables.json(List.of("diet-nutrition")),
                        DraftForm.REFERRAL_SERVICES.name(), JsonVariables.json(List.of("food-assistance"))));
        complete(
                coordinator,
                CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT,
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        calendar.today().format(TYPED),
                        ReviewForm.AGREED_HOW.name(),
                        "phone"));
        complete(
                coordinator,
                CarePlanningProcess.TASK_EDUCATE_PATIENT,
                Map.of(
                        EducationForm.TOPICS_COVERED.name(), JsonVariables.json(List.of("diet-nutrition")),
                        EducationForm.TEACH_BACK_CONFIRMED.name(), true,
                        EducationForm.MATERIALS_GIVEN.name(), JsonVariables.json(List.of("diet-budget"))));
        JobRunner.runDueJobs(management);
        assertThat(caseStatus()).isEqualTo("active");

        // The plan's referral: the coordinator picks a provider, who accepts, starts and completes by the link
        String referralInstance = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(ReferralProcess.TASK_SELECT_PROVIDER)
                .singleResult()
                .getProcessInstanceId();
        String providerId = JsonVariables.tree(
                        ReferralProcess.Vars.PROVIDER_OPTIONS.from(runtime.getVariables(referralInstance)))
                .get(0)
                .get("value")
                .asText();
        complete(
                coordinator,
                ReferralProcess.TASK_SELECT_PROVIDER,
                Map.of(ReferralProcess.SelectProviderForm.PROVIDER_ID.name(), providerId));
        JobRunner.runDueJobs(management);
        long referralId = jdbc.queryForObject("select id from referral where case_id = ?", Long.class, caseId);
        String providerEmail = jdbc.queryForObject(
                "select email from provider where id = ?", String.class, Long.parseLong(providerId));
        String accepted = providerAnswers(
                link(jdbc.queryForObject(
                        "select body_text from outbox where dedupe_key = ?",
                        String.class,
                        "referral:" + referralId + ":sent:1")),
                "accept",
                null);
        String outcomeLink = link(accepted);
        providerAnswers(outcomeLink, "start", null);
        providerAnswers(outcomeLink, "complete", "Enrolled; weekly pick-up");
        assertThat(jdbc.queryForList(
                        "select status from referral_status_history where referral_id = ? order by id",
                        String.class,
                        referralId))
                .containsExactly("requested", "accepted", "in-progress", "completed");
        assertThat(jdbc.queryForObject("""
                select i.status from care_plan_intervention i join care_plan p on p.id = i.care_plan_id
                where p.case_id = ?""", String.class, caseId)).isEqualTo("completed");

        // Two outreach cycles on the tier's interval: 25 minutes this month, an appointment reminded a day ahead
        String monitoring = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MonitoringProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        LocalDate appointmentDay = calendar.today().plusDays(10);
        Map<String, Object> first = contact(15L);
        first.put(
                ContactForm.APPOINTMENT_1.name(),
                Map.of(
                        AppointmentRow.DATE,
                        appointmentDay.format(TYPED),
                        AppointmentRow.TIME,
                        "10:00 AM",
                        AppointmentRow.PROVIDER,
                        "Eastside Family Practice"));
        outreach(monitoring, first);
        outreach(monitoring, contact(10L));
        // the appointment's own process queues its reminder a day ahead (before the discharge ends it)
        InstanceJobs.runDueAt(
                management,
                jdbc.queryForObject(
                        "select process_instance_id from appointment where case_id = ?", String.class, caseId),
                appointmentDay
                        .atTime(LocalTime.of(10, 0))
                        .atZone(calendarProperties.zone())
                        .toInstant()
                        .minusSeconds(24 * 3600 - 1));
        var contacts =
                api.get("/api/cases/" + caseId + "/contacts", coordinator).json();
        assertThat(contacts.get("contacts")).hasSize(2);
        assertThat(contacts.get("months").findValuesAsText("minutes").stream()
                        .mapToInt(Integer::parseInt)
                        .sum())
                .isEqualTo(25);

        // A hospital stay: transitional care with its CMS deadlines runs beside monitoring
        LocalDate dischargedOn = calendar.today().minusDays(1);
        var stay = api.post("/api/cases/" + caseId + "/events/hospital-discharge", coordinator, """
                {"facility": "Springfield General Hospital", "admittedOn": "%s", "dischargedOn": "%s",
                 "disposition": "home"}""".formatted(
                        dischargedOn.minusDays(3), dischargedOn));
        assertThat(stay.status()).as(stay.body()).isEqualTo(202);
        assertThat(task(TransitionalCareProcess.TASK_CONTACT).getDueDate())
                .isEqualTo(calendar.dueInBusinessDaysAfter(dischargedOn, 2));
        assertThat(task(TransitionalCareProcess.TASK_FACE_TO_FACE).getDueDate())
                .isEqualTo(Date.from(
                        calendar.endOfBusinessDay(dischargedOn.plusDays(14)).toInstant()));
        assertThat(task(TransitionalCareProcess.TASK_MEDICATION_RECONCILIATION).getDueDate())
                .isEqualTo(task(TransitionalCareProcess.TASK_FACE_TO_FACE).getDueDate());
        complete(
                coordinator,
                TransitionalCareProcess.TASK_CONTACT,
                Map.of(Fields.REACHED.name(), "yes", Fields.CHANNEL.name(), "phone"));
        complete(
                coordinator,
                TransitionalCareProcess.TASK_MEDICATION_RECONCILIATION,
                Map.of(
                        Fields.DISCREPANCIES.name(),
                        "yes",
                        Fields.MEDICATION_NOTE.name(),
                        "Duplicate diuretic stopped"));
        complete(
                coordinator,
                TransitionalCareProcess.TASK_FACE_TO_FACE,
                Map.of(
                        Fields.VISIT_DATE.name(),
                        calendar.today().format(TYPED),
                        Fields.VISIT_CLINICIAN.name(),
                        "Dr. Rivera"));
        complete(
                coordinator,
                AssessmentProcess.TASK_ASSESS_READMISSION_RISK,
                AssessmentAnswers.lace(3, "emergency", 1, 1));
        assertThat(jdbc.queryForObject(
                        "select closed_at is not null from hospital_stay where case_id = ?", Boolean.class, caseId))
                .as("transitional care complete")
                .isTrue();

        // The patient moves out of the area: monitoring ends, the coordinator writes the discharge summary
        Map<String, Object> moving = contact(5L);
        moving.put(ContactForm.EPISODE_ENDS.name(), "moved-out-of-area");
        outreach(monitoring, moving);
        assertThat(task(DischargeProcess.TASK_PREPARE_SUMMARY)).isNotNull();
        complete(
                coordinator,
                DischargeProcess.TASK_PREPARE_SUMMARY,
                Map.of(
                        SummaryForm.DISCHARGE_REASON.name(),
                        "moved-out-of-area",
                        SummaryForm.GOAL_OUTCOMES.get(0).name(),
                        "achieved",
                        SummaryForm.SUMMARY_NOTE.name(),
                        "Moving to her daughter's; food bank enrolment ends with the move."));
        JobRunner.runDueJobs(management);

        // finished; nothing of the episode runs, waits or is due
        assertThat(jdbc.queryForMap("select status, status_reason from care_case where id = ?", caseId))
                .containsEntry("status", "finished")
                .containsEntry("status_reason", "moved-out-of-area");
        List<String> instances =
                history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber).list().stream()
                        .map(HistoricProcessInstance::getId)
                        .toList();
        assertThat(instances).hasSizeGreaterThanOrEqualTo(8);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .count())
                .isZero();
        for (String instance : instances) {
            assertThat(management.createJobQuery().processInstanceId(instance).count())
                    .as("jobs of %s", instance)
                    .isZero();
        }
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .processDefinitionKey(CareEpisodeProcess.KEY)
                        .singleResult()
                        .getEndTime())
                .isNotNull();

        // each expected mail exactly once
        OutboxDelivery.deliver(context);
        Instant reminderDue = appointmentDay
                .atTime(LocalTime.of(10, 0))
                .atZone(calendarProperties.zone())
                .toInstant()
                .minusSeconds(24 * 3600);
        OutboxDelivery.deliverAt(context, reminderDue.plusSeconds(60));
        List<String> patientMails = subjectsTo("patient@example.org");
        assertThat(patientMails)
                .hasSize(4)
                .contains(
                        "Welcome to care coordination",
                        "The materials we talked about",
                        "Care coordination has ended (" + caseNumber + ")");
        assertThat(patientMails)
                .filteredOn(subject -> subject.startsWith("Reminder: your appointment on"))
                .singleElement()
                .asString()
                .contains("10:00");
        assertThat(subjectsTo(providerEmail))
                .as("the completed referral needs no discharge notice")
                .containsExactly("New referral " + caseNumber + ": food assistance");
    }

    private Map<String, Object> contact(long minutes) {
        return new HashMap<>(Map.of(
                ContactForm.REACHED.name(),
                MonitoringProcess.YES,
                ContactForm.CHANNEL.name(),
                "phone",
                ContactForm.MINUTES_SPENT.name(),
                minutes,
                ContactForm.PATIENT_STATUS.name(),
                MonitoringProcess.STATUS_STABLE,
                ContactForm.MEDICATION_CONCERNS.name(),
                false,
                ContactForm.NOTE.name(),
                "Doing well"));
    }

    /** The interval's timer is made due now (the shared context keeps the real clock), then the contact is done. */
    private void outreach(String monitoring, Map<String, Object> form) {
        var timer = management
                .createJobQuery()
                .processInstanceId(monitoring)
                .activityId(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .singleResult();
        assertThat(timer).as("waiting for the contact interval").isNotNull();
        assertThat(timer.getDuedate())
                .as("medium tier: 14 days")
                .isAfter(Date.from(Instant.now().plusSeconds(13 * 24 * 3600)));
        management.setJobDuedate(timer.getId(), new Date(System.currentTimeMillis() - 1000));
        JobRunner.runDueJobs(management);
        complete(coordinator, MonitoringProcess.TASK_OUTREACH_CONTACT, form);
        JobRunner.runDueJobs(management);
    }

    private String providerAnswers(String token, String action, String note) throws Exception {
        String body =
                "action=" + action + (note == null ? "" : "&note=" + URLEncoder.encode(note, StandardCharsets.UTF_8));
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/referral-response/" + token))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(action).isEqualTo(200);
        return page.body();
    }

    private static String link(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("a response link in %s", text).isTrue();
        return link.group(1);
    }

    private List<String> subjectsTo(String recipient) throws Exception {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            for (var to : message.getRecipients(Message.RecipientType.TO)) {
                if (to.toString().equals(recipient) && isAboutThisCase(message)) {
                    subjects.add(message.getSubject());
                }
            }
        }
        return subjects;
    }

    /** Mails to patients name no case number; the outbox row behind each Message-ID knows its case. */
    private boolean isAboutThisCase(MimeMessage message) throws Exception {
        return jdbc.queryForObject(
                        "select count(*) from outbox where case_id = ? and message_id = ?",
                        Integer.class,
                        caseId,
                        message.getMessageID())
                == 1;
    }

    private String riskTier() {
        return jdbc.queryForObject("select risk_tier from care_case where id = ?", String.class, caseId);
    }

    private String caseStatus() {
        return jdbc.queryForObject("select status from care_case where id = ?", String.class, caseId);
    }

    private Task task(String definitionKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(definitionKey)
                .singleResult();
    }

    private void complete(String user, String definitionKey, Map<String, Object> variables) {
        Task task = task(definitionKey);
        assertThat(task).as("task %s of %s", definitionKey, caseNumber).isNotNull();
        TaskWork.completeAs(identity, tasks, user, task.getId(), variables);
    }
}
