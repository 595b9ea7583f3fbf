package org.carecoord.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;

/**
 * W1: one episode through the application as its users work it: the intake API, Tasklist's engine REST calls as the
 * coordinator (find the task, claim it, load its form variables, submit the form) and the provider's mailed link.
 * Jobs are run by the harness the way the ITs run them ({@link EpisodeJobs}), each episode its own.
 */
final class AppEpisode implements EpisodePath.Steps {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINK = Pattern.compile("/referral-response/([A-Za-z0-9._-]+)");
    /** The intake's consent task waits in the team queue; any coordinator takes it. */
    private static final String INTAKE_COORDINATOR = "coordinator";

    private final BenchApp app;
    /** the node whose HTTP API this episode uses (W5: one of several on the same database) */
    private final int port;
    /** W5: the nodes' job executors run the jobs; else the harness runs them */
    private final boolean executorsRunJobs;

    private final Api api;
    private final Latencies latencies;
    private final HttpClient http = HttpClient.newHttpClient();
    private String caseNumber;
    private long caseId;
    private String coordinator = INTAKE_COORDINATOR;
    private String providerLink;

    AppEpisode(BenchApp app, Latencies latencies) {
        this(app, latencies, app.port(), false);
    }

    /** W5: through the node on {@code port}, waiting for the job executors instead of running the jobs. */
    AppEpisode(BenchApp app, Latencies latencies, int port, boolean executorsRunJobs) {
        this.app = app;
        this.port = port;
        this.executorsRunJobs = executorsRunJobs;
        this.api = new Api(port);
        this.latencies = latencies;
    }

    String caseNumber() {
        return caseNumber;
    }

    @Override
    public void intake() {
        String body = IntakeApiITFixtures.referral("Iris", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine")
                .replace("\"hospital\"", "\"primary-care\"");
        JsonNode intake = expect(
                        latencies.time(
                                "POST /api/intakes",
                                () -> api.post("/api/intakes", credentials(INTAKE_COORDINATOR), body)),
                        201)
                .json();
        caseId = intake.get("caseId").asLong();
        caseNumber = intake.get("caseNumber").asText();
    }

    @Override
    public void complete(String taskDefinitionKey, Map<String, Object> form) {
        if (coordinator.equals(INTAKE_COORDINATOR)
                && !taskDefinitionKey.equals(org.carecoord.intake.IntakeProcess.TASK_RECORD_CONSENT)) {
            coordinator = app.jdbc()
                    .queryForObject("select coordinator_id from care_case where id = ?", String.class, caseId);
        }
        JsonNode task = task(taskDefinitionKey);
        String id = task.get("id").asText();
        if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
            expect(
                    latencies.time(
                            "POST /engine-rest/task/{id}/claim",
                            () -> api.post(
                                    "/engine-rest/task/" + id + "/claim",
                                    credentials(coordinator),
                                    "{\"userId\": \"" + coordinator + "\"}")),
                    204);
        }
        expect(
                latencies.time(
                        "GET /engine-rest/task/{id}/form-variables",
                        () -> api.get("/engine-rest/task/" + id + "/form-variables", credentials(coordinator))),
                200);
        String submission =
                JSON.createObjectNode().set("variables", restVariables(form)).toString();
        expect(
                latencies.time(
                        "POST /engine-rest/task/{id}/submit-form",
                        () -> api.post(
                                "/engine-rest/task/" + id + "/submit-form", credentials(coordinator), submission)),
                204);
    }

    @Override
    public void runJobs() {
        if (executorsRunJobs) {
            latencies.time(
                    "jobs (waiting for the job executors)",
                    () -> EpisodeJobs.awaitExecutors(app.runtime(), app.management(), caseNumber));
        } else {
            latencies.time(
                    "jobs (run by the harness)", () -> EpisodeJobs.run(app.runtime(), app.management(), caseNumber));
        }
    }

    /** Read from the engine as {@code WholeEpisodeIT} does (the form's own variables load in {@link #complete}). */
    @Override
    public String firstOfferedProvider() {
        String referral = app.runtime()
                .createProcessInstanceQuery()
                .processDefinitionKey(ReferralProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        JsonNode options =
                ReferralProcess.Vars.PROVIDER_OPTIONS.from(app.runtime().getVariables(referral));
        if (options == null || !options.isArray() || options.isEmpty()) {
            throw new IllegalStateException("the referral offers no provider");
        }
        return options.get(0).get("value").asText();
    }

    @Override
    public void providerAnswers(String action, String note) {
        if (providerLink == null) {
            long referralId =
                    app.jdbc().queryForObject("select id from referral where case_id = ?", Long.class, caseId);
            providerLink = link(app.jdbc()
                    .queryForObject(
                            "select body_text from outbox where dedupe_key = ?",
                            String.class,
                            "referral:" + referralId + ":sent:1"));
        }
        String body =
                "action=" + action + (note == null ? "" : "&note=" + URLEncoder.encode(note, StandardCharsets.UTF_8));
        String page = latencies.time("POST /referral-response/{token}", () -> post(providerLink, body));
        if (action.equals("accept")) {
            providerLink = link(page); // the acceptance page carries the link for the outcome
        }
    }

    @Override
    public void contactIntervalElapsed() {
        RuntimeService runtime = app.runtime();
        ManagementService management = app.management();
        String monitoring = runtime.createProcessInstanceQuery()
                .processDefinitionKey(MonitoringProcess.KEY)
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        Job timer = management
                .createJobQuery()
                .processInstanceId(monitoring)
                .activityId(MonitoringProcess.TIMER_CONTACT_INTERVAL)
                .singleResult();
        if (timer == null) {
            throw new IllegalStateException("monitoring does not wait for its contact interval");
        }
        management.setJobDuedate(timer.getId(), new Date(System.currentTimeMillis() - 1000));
        runJobs();
    }

    private JsonNode task(String taskDefinitionKey) {
        JsonNode found = expect(
                        latencies.time(
                                "GET /engine-rest/task?processInstanceBusinessKey&taskDefinitionKey",
                                () -> api.get(
                                        "/engine-rest/task?processInstanceBusinessKey=" + caseNumber
                                                + "&taskDefinitionKey=" + taskDefinitionKey,
                                        credentials(coordinator))),
                        200)
                .json();
        if (found.size() != 1) {
            throw new IllegalStateException(found.size() + " tasks " + taskDefinitionKey + " for " + coordinator);
        }
        return found.get(0);
    }

    private String post(String token, String body) {
        try {
            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/referral-response/" + token))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("provider answer: " + page.statusCode());
            }
            return page.body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String link(String text) {
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new IllegalStateException("no response link in the provider's mail or page");
        }
        return link.group(1);
    }

    /** Form values as Tasklist submits them (see {@link TasklistForms}). */
    static ObjectNode restVariables(Map<String, Object> form) {
        return TasklistForms.restVariables(form);
    }

    private String credentials(String user) {
        return user + ":" + app.passwordOf(user);
    }

    private static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            // the status and the problem's type only: a response body may name the patient
            throw new IllegalStateException("HTTP " + response.status() + " "
                    + response.json()
                            .path("type")
                            .asText(response.json().path("title").asText()));
        }
        return response;
    }
}
