package org.carecoord.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.DraftForm;
import org.carecoord.careplan.CarePlanningProcess.EducationForm;
import org.carecoord.careplan.CarePlanningProcess.ReviewForm;
import org.carecoord.notification.OutboxSender;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Mails to the patient on PostgreSQL with GreenMail: the welcome once consent to e-mail contact is recorded and a
 * coordinator assigned, never without that consent or an address; after education, a link to the materials given
 * (the mail itself names none).
 */
class PatientMailsIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String COORDINATOR = "coordinator";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/education/[A-Za-z0-9._-]+)");

    @Autowired
    ApplicationContext context;

    private Api api;

    record Case(long id, String number, String email) {}

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void aPatientWhoConsentsToEmailGetsExactlyOneWelcomeNamingTheirCoordinator() throws Exception {
        Case patient = newCase(true);
        consent(patient, "email");
        deliverOutbox();
        deliverOutbox();

        List<MimeMessage> mails = mailsTo(patient.email());
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).isEqualTo("Welcome to care coordination");
        String coordinator =
                jdbc.queryForObject("select coordinator_id from care_case where id = ?", String.class, patient.id());
        String name =
                identity.createUserQuery().userId(coordinator).singleResult().getFirstName();
        assertThat(GreenMailUtil.getBody(mails.get(0)))
                .contains("Hello June")
                .contains(name)
                .doesNotContain("admissions");
    }

    @Test
    void noWelcomeWithoutConsentToEmailContactOrWithoutAnAddress() {
        Case byPhone = newCase(true);
        consent(byPhone, "phone");
        Case noAddress = newCase(false);
        consent(noAddress, "email");
        deliverOutbox();

        assertThat(mailsTo(byPhone.email())).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from outbox where case_id in (?, ?)",
                        Integer.class,
                        byPhone.id(),
                        noAddress.id()))
                .isZero();
        assertThat(jdbc.queryForObject("select status from care_case where id = ?", String.class, byPhone.id()))
                .as("the case goes on without mail")
                .isEqualTo("active");
    }

    @Test
    void afterEducationThePatientGetsALinkToTheMaterialsNotTheirTitles() throws Exception {
        Case patient = newCase(true);
        consent(patient, "email");
        educate(patient);
        deliverOutbox();

        List<MimeMessage> mails = mailsTo(patient.email()).stream()
                .filter(mail -> subject(mail).equals("The materials we talked about"))
                .toList();
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails.get(0)).replace("=\r\n", "").replace("=3D", "=");
        assertThat(body).doesNotContain("988").doesNotContain("Help in a crisis");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a materials link in %s", body).isTrue();
        var page = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + link.group(1)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Help in a crisis: 988").contains("Finding help nearby with 211");
        var tampered = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                        + link.group(1).replaceAll(".$", "x")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(tampered.statusCode()).isEqualTo(410);
    }

    private Case newCase(boolean withEmail) {
        String email = withEmail ? IntakeApiITFixtures.uniqueName().toLowerCase() + "@example.org" : null;
        String body = IntakeApiITFixtures.referral("June", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine")
                .replace(
                        "\"email\": \"patient@example.org\"",
                        "\"email\": " + (email == null ? "null" : "\"" + email + "\""));
        var response = api.post("/api/intakes", COORDINATOR, body);
        assertThat(response.status()).isEqualTo(201);
        return new Case(
                response.json().get("caseId").asLong(),
                response.json().get("caseNumber").asText(),
                email);
    }

    private void consent(Case patient, String contactPreference) {
        Task consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(patient.number())
                .taskDefinitionKey(IntakeProcess.TASK_RECORD_CONSENT)
                .singleResult();
        completeAs(
                consent,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONTACT_PREFERENCE.name(),
                        contactPreference,
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(management);
    }

    /** Care planning started as the episode calls it, agreed, and the patient taught with two handouts. */
    private void educate(Case patient) {
        runtime.startProcessInstanceByKey(
                CarePlanningProcess.KEY,
                patient.number(),
                Variables.createVariables()
                        .putValue(CarePlanningProcess.Vars.CASE_ID.name(), patient.id())
                        .putValue(CarePlanningProcess.Vars.CASE_NUMBER.name(), patient.number())
                        .putValue(CarePlanningProcess.Vars.CASE_COORDINATOR.name(), COORDINATOR)
                        .putValue(CarePlanningProcess.Vars.URGENCY.name(), "routine")
                        .putValue(CarePlanningProcess.Vars.RISK_TIER.name(), CarePlanningProcess.RISK_LOW)
                        .putValue(CarePlanningProcess.Vars.CONTACT_INTERVAL_DAYS.name(), 30)
                        .putValue(CarePlanningProcess.Vars.PLAN_APPROVAL_REQUIRED.name(), false)
                        .putValue(CarePlanningProcess.Vars.PHQ9_SEVERITY.name(), "moderate"));
        completeAs(
                planningTask(patient),
                Variables.createVariables()
                        .putValueTyped(DraftForm.PROBLEMS.name(), json("[\"mood\"]"))
                        .putValueTyped(DraftForm.GOAL_1.name(), json("""
                        {"problem": "mood", "description": "Feel better most days", "measure": "PHQ-9 below 10",
                         "targetDate": "2026-09-30"}"""))
                        .putValueTyped(DraftForm.INTERVENTION_1.name(), json("""
                        {"problem": "mood", "action": "Weekly call", "responsible": "coordinator",
                         "dueDate": "2026-04-15"}"""))
                        .putValueTyped(
                                DraftForm.EDUCATION_TOPICS.name(), json("[\"mental-health\", \"community-resources\"]"))
                        .putValueTyped(DraftForm.REFERRAL_SERVICES.name(), json("[]")));
        completeAs(
                planningTask(patient),
                Map.of(
                        ReviewForm.PATIENT_DECISION.name(),
                        CarePlanningProcess.PATIENT_AGREED,
                        ReviewForm.AGREED_ON.name(),
                        "2026-03-10",
                        ReviewForm.AGREED_HOW.name(),
                        "in-person"));
        completeAs(
                planningTask(patient),
                Map.of(
                        EducationForm.TOPICS_COVERED.name(), json("[\"mental-health\", \"community-resources\"]"),
                        EducationForm.TEACH_BACK_CONFIRMED.name(), true,
                        EducationForm.MATERIALS_GIVEN.name(), json("[\"mental-health-crisis\", \"community-211\"]")));
    }

    private Task planningTask(Case patient) {
        return tasks.createTaskQuery()
                .processDefinitionKey(CarePlanningProcess.KEY)
                .processInstanceBusinessKey(patient.number())
                .singleResult();
    }

    private void completeAs(Task task, Map<String, Object> variables) {
        TaskWork.completeAs(identity, tasks, COORDINATOR, task.getId(), variables);
    }

    /** Delivers the outbox as its poller would, with GreenMail as the SMTP server. */
    private void deliverOutbox() {
        var mailSender = new JavaMailSenderImpl();
        mailSender.setHost("127.0.0.1");
        mailSender.setPort(ServerSetupTest.SMTP.getPort());
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "5000");
        mailSender.setJavaMailProperties(properties);
        context.getBean(OutboxSender.class).deliverDue(mailSender, Instant.now());
    }

    private List<MimeMessage> mailsTo(String recipient) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(message -> {
                    try {
                        return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                                .anyMatch(to -> to.toString().equals(recipient));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static org.camunda.spin.plugin.variable.value.JsonValue json(String json) {
        return SpinValues.jsonValue(json).create();
    }
}
