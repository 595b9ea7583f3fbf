package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.referral.ReferralProcess.SelectProviderForm;
import org.carecoord.referral.ReferralProcess.Vars;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.OutboxDelivery;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A referral on PostgreSQL end to end: the provider gets one mail (GreenMail) with a working signed link, answers
 * over real HTTP, and a replayed, expired or tampered link changes nothing.
 */
class ReferralIT extends PostgresIntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final String COORDINATOR = "coordinator";
    private static final Pattern LINK = Pattern.compile("https?://\\S+?(/referral-response/[A-Za-z0-9._-]+)");

    @Autowired
    HistoryService history;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReferralSettings settings;

    private final HttpClient http = HttpClient.newHttpClient();
    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void theProviderGetsOneMailWhoseLinkAcceptsTheReferralOnceAndThenReportsTheOutcome() throws Exception {
        String caseNumber = newCase();
        ProcessInstance referral = startReferral(caseNumber);
        long referralId = Vars.REFERRAL_ID.from(runtime.getVariables(referral.getId()));
        assertThat(status(referralId)).isEqualTo("requested");

        var select = tasks.createTaskQuery()
                .processInstanceId(referral.getId())
                .taskDefinitionKey(ReferralProcess.TASK_SELECT_PROVIDER)
                .singleResult();
        var options = Vars.PROVIDER_OPTIONS.from(runtime.getVariables(referral.getId()));
        assertThat(options.findValuesAsText("label").get(0))
                .as("taking new clients, speaks en, first")
                .doesNotContain("not taking");
        String providerId = options.get(0).get("value").asText();
        tasks.complete(select.getId(), Map.of(SelectProviderForm.PROVIDER_ID.name(), providerId));
        JobRunner.runDueJobs(management);
        deliverOutbox();

        String providerEmail = jdbc.queryForObject(
                "select email from provider where id = ?", String.class, Long.parseLong(providerId));
        List<MimeMessage> mails = mailsAbout(caseNumber, providerEmail);
        assertThat(mails).hasSize(1);
        String body = GreenMailUtil.getBody(mails.get(0));
        Matcher link = LINK.matcher(body.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as("a response link in %s", body).isTrue();
        String path = link.group(1);
        String token = path.substring(path.lastIndexOf('/') + 1);

        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(caseNumber).contains("food assistance").contains("Accept");

        String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(post("/referral-response/" + tampered, "accept", null).statusCode())
                .isEqualTo(403);
        assertThat(status(referralId)).isEqualTo("requested");

        HttpResponse<String> noReason = post(path, "decline", null);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body())
                .contains("choose a reason")
                .contains("Decline the referral")
                .contains(caseNumber);
        assertThat(post(path, "decline", " ").statusCode()).isEqualTo(400);
        assertThat(status(referralId)).isEqualTo("requested");

        HttpResponse<String> accepted = post(path, "accept", null);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("recorded");
        assertThat(status(referralId)).isEqualTo("accepted");
        assertThat(historyOf(referralId))
                .hasSize(2)
                .startsWith("requested")
                .endsWith("accepted by provider:" + providerId);
        // the coordinator sees the provider's answer on the case at once
        long caseId = Vars.CASE_ID.from(runtime.getVariables(referral.getId()));
        var onTheCase =
                api.get("/api/cases/" + caseId + "/referrals", "coordinator").json();
        assertThat(onTheCase).hasSize(1);
        assertThat(onTheCase.get(0).get("status").asText()).isEqualTo("accepted");
        assertThat(onTheCase.get(0).get("serviceLabel").asText()).isNotBlank();
        assertThat(onTheCase.get(0).get("providerName").asText()).isNotBlank();
        assertThat(onTheCase.get(0).get("history").findValuesAsText("status")).containsExactly("requested", "accepted");
        assertThat(api.get("/api/cases/99999999/referrals", "coordinator").status())
                .isEqualTo(404);
        assertThat(tasks.createTaskQuery().processInstanceId(referral.getId()).count())
                .isZero();
        assertThat(runtime.createExecutionQuery()
                        .processInstanceId(referral.getId())
                        .activityId(ReferralProcess.TASK_AWAIT_OUTCOME)
                        .count())
                .isEqualTo(1);

        HttpResponse<String> replay = post(path, "decline", "no-capacity");
        assertThat(replay.statusCode()).isEqualTo(410);
        assertThat(get(path).statusCode()).isEqualTo(410);
        assertThat(status(referralId)).isEqualTo("accepted");
        assertThat(historyOf(referralId)).hasSize(2);

        String expired = new ReferralLinks(settings.linkSecret())
                .sign(new ReferralLink(
                        referralId, 1, ReferralLink.OUTCOME, Instant.now().minusSeconds(1)));
        assertThat(post("/referral-response/" + expired, "complete", "seen").statusCode())
                .isEqualTo(410);
        assertThat(status(referralId)).isEqualTo("accepted");

        Matcher outcome = Pattern.compile("action=\"(/referral-response/[A-Za-z0-9._-]+)\"")
                .matcher(accepted.body());
        assertThat(outcome.find()).isTrue();
        HttpResponse<String> completed = post(outcome.group(1), "complete", "first visit done");
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(status(referralId)).isEqualTo("completed");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(referral.getId())
                        .count())
                .isZero();
        assertThat(history.createHistoricActivityInstanceQuery()
                        .processInstanceId(referral.getId())
                        .activityId(ReferralProcess.END_REFERRAL_COMPLETED)
                        .count())
                .isEqualTo(1);
    }

    private String newCase() {
        var response = api.post(
                "/api/intakes",
                COORDINATOR,
                IntakeApiITFixtures.referral("June", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine"));
        assertThat(response.status()).isEqualTo(201);
        return response.json().get("caseNumber").asText();
    }

    @Test
    void anAnswerHeardByPhoneIsRecordedAtOnceAndCountsLikeTheProvidersLink() throws Exception {
        ProcessInstance referral = startReferral(newCase());
        long referralId = Vars.REFERRAL_ID.from(runtime.getVariables(referral.getId()));
        String path = "/api/referrals/" + referralId + "/responses";

        var notSent = api.post(path, "coordinator", "{\"answer\": \"accept\"}");
        assertThat(notSent.status()).as("not sent to a provider yet").isEqualTo(409);
        assertThat(status(referralId)).isEqualTo("requested");

        var select = tasks.createTaskQuery()
                .processInstanceId(referral.getId())
                .taskDefinitionKey(ReferralProcess.TASK_SELECT_PROVIDER)
                .singleResult();
        String providerId = Vars.PROVIDER_OPTIONS
                .from(runtime.getVariables(referral.getId()))
                .get(0)
                .get("value")
                .asText();
        tasks.complete(select.getId(), Map.of(SelectProviderForm.PROVIDER_ID.name(), providerId));
        JobRunner.runDueJobs(management);

        var badReason = api.post(path, "coordinator", "{\"answer\": \"decline\", \"declineReason\": \"busy\"}");
        assertThat(badReason.status()).isEqualTo(400);
        assertThat(badReason.json().get("errors").get(0).get("field").asText()).isEqualTo("declineReason");
        var noReason = api.post(path, "coordinator", "{\"answer\": \"decline\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("declineReason");
        assertThat(api.post(path, "reviewer", "{\"answer\": \"accept\"}").status())
                .isEqualTo(403);
        assertThat(api.post("/api/referrals/99999999/responses", "coordinator", "{\"answer\": \"accept\"}")
                        .status())
                .isEqualTo(404);
        assertThat(status(referralId)).isEqualTo("requested");

        var accepted = api.post(
                path,
                "coordinator",
                "{\"answer\": \"accept\", \"spokeWith\": \"intake desk\", \"note\": \"first visit Monday\"}");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(204);
        assertThat(status(referralId)).isEqualTo("accepted");
        assertThat(historyOf(referralId)).containsExactly("requested", "accepted by coordinator");
        assertThat(runtime.createExecutionQuery()
                        .processInstanceId(referral.getId())
                        .activityId(ReferralProcess.TASK_AWAIT_OUTCOME)
                        .count())
                .as("now waiting for the outcome")
                .isEqualTo(1);
        assertThat(api.post(path, "coordinator", "{\"answer\": \"decline\", \"declineReason\": \"other\"}")
                        .status())
                .as("accepted already")
                .isEqualTo(409);
        String link = jdbc.queryForObject(
                "select body_text from outbox where dedupe_key = ?",
                String.class,
                "referral:" + referralId + ":sent:1");
        Matcher respond = Pattern.compile("/referral-response/[A-Za-z0-9._-]+").matcher(link);
        assertThat(respond.find()).isTrue();
        assertThat(post(respond.group(), "accept", null).statusCode())
                .as("the mailed link is spent")
                .isEqualTo(410);
        assertThat(historyOf(referralId)).hasSize(2);
    }

    private ProcessInstance startReferral(String caseNumber) {
        long caseId = jdbc.queryForObject("select id from care_case where case_number = ?", Long.class, caseNumber);
        return runtime.startProcessInstanceByKey(
                ReferralProcess.KEY,
                caseNumber,
                Map.of(
                        Vars.CASE_ID.name(),
                        caseId,
                        Vars.CASE_NUMBER.name(),
                        caseNumber,
                        Vars.CASE_COORDINATOR.name(),
                        COORDINATOR,
                        Vars.SERVICE_TYPE.name(),
                        "food-assistance"));
    }

    private String status(long referralId) {
        return jdbc.queryForObject("select status from referral where id = ?", String.class, referralId);
    }

    private List<String> historyOf(long referralId) {
        return jdbc.query(
                "select status, actor from referral_status_history where referral_id = ? order by id",
                (rs, row) ->
                        rs.getString("status") + (rs.getString("actor") == null ? "" : " by " + rs.getString("actor")),
                referralId);
    }

    private void deliverOutbox() {
        OutboxDelivery.deliver(context);
    }

    private List<MimeMessage> mailsAbout(String caseNumber, String recipient) {
        return OutboxDelivery.received(greenMail, recipient, caseNumber);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String action, String reasonOrNote)
            throws IOException, InterruptedException {
        Map<String, String> form = reasonOrNote == null
                ? Map.of("action", action)
                : Map.of("action", action, "decline".equals(action) ? "reason" : "note", reasonOrNote);
        String body = form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
