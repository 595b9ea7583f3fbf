package org.carecoord.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.carecoord.notification.MailTemplate;
import org.carecoord.notification.Outbox;
import org.carecoord.notification.OutboxMessage;
import org.carecoord.security.Groups;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code /actuator/prometheus} as Prometheus scrapes it: who may, and that each CareCoord metric tells the truth. */
class MetricsEndpointIT extends PostgresIntegrationTest {

    private static final String PROMETHEUS = "/actuator/prometheus";
    /** A path segment that is an id: all digits, or a UUID as the engine generates. */
    private static final Pattern ID_SEGMENT =
            Pattern.compile("(^|/)(\\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(/|$)");

    @Autowired
    WorkloadMetrics workload;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transaction;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void onlyTheMonitoringGroupMayScrapeWhileHealthStaysPublic() {
        assertThat(scrapeAs(null).status()).isEqualTo(401);
        for (String user : List.of("coordinator", "manager", "reviewer", "admin")) {
            assertThat(scrapeAs(user).status()).as(user).isEqualTo(403);
        }
        var allowed = scrapeAs("monitor");
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.contentType()).startsWith("text/plain");
        assertThat(allowed.body()).contains("carecoord_tasks_open");

        assertThat(api.get("/actuator/health", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health", null).body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(api.raw("GET", "/actuator/metrics", Map.of("Authorization", basic("monitor")), null, false)
                        .status())
                .as("other actuator endpoints are neither exposed nor opened")
                .isIn(403, 404);
    }

    @Test
    void theMonitoringAccountOpensNothingElse() {
        assertThat(api.get("/api/episodes", "monitor").status()).isEqualTo(403);
        assertThat(api.get("/api/caseload", "monitor").status()).isEqualTo(403);
        assertThat(tasks.createTaskQuery().count()).isPositive();
        var engineTasks = api.get("/engine-rest/task/count", "monitor");
        assertThat(engineTasks.status()).isEqualTo(200);
        assertThat(engineTasks.json().get("count").asLong())
                .as("no task is visible to it")
                .isZero();
        assertThat(api.get("/engine-rest/process-instance/count", "monitor")
                        .json()
                        .get("count")
                        .asLong())
                .isZero();
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(WebappSession.loginStatus(port, "monitor", "monitor", app))
                    .as(app)
                    .isIn(401, 403);
        }
        assertThat(identity.createUserQuery().memberOfGroup(Groups.MONITORING).list())
                .extracting(user -> user.getId())
                .containsExactly("monitor");
    }

    @Test
    void aQueuedMailShowsAsBacklogWithItsAge() {
        Scrape before = freshScrape();
        String key = "metrics-it:" + System.nanoTime();
        transaction.executeWithoutResult(status -> outbox.enqueue(
                new OutboxMessage(
                        key,
                        null,
                        "metrics-it@example.org",
                        MailTemplate.WELCOME,
                        Map.of("firstName", "Test", "coordinatorName", "Cora Jensen", "contactPhone", "+1 555 0100")),
                Instant.now().plus(Duration.ofDays(365))));
        try {
            Scrape after = freshScrape();
            assertThat(after.require("carecoord_outbox_messages", "status", "pending"))
                    .isEqualTo(before.require("carecoord_outbox_messages", "status", "pending") + 1);
            assertThat(after.require("carecoord_outbox_oldest_pending_age_seconds"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(after.require("carecoord_outbox_messages", "status", "failed"))
                    .isGreaterThanOrEqualTo(0);
            assertThat(after.require("carecoord_outbox_messages", "status", "sending"))
                    .isGreaterThanOrEqualTo(0);
        } finally {
            jdbc.update("delete from outbox where dedupe_key = ?", key);
        }
    }

    @Test
    void anOverdueTeamTaskCountsInItsQueuesAndAsOverdue() {
        Scrape before = freshScrape();
        var task = tasks.newTask();
        task.setName("Metrics check");
        task.setDueDate(Date.from(Instant.now().minus(Duration.ofDays(1))));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), Groups.COORDINATORS);
        try {
            Scrape after = freshScrape();
            for (String queue : List.of("team-queue", "overdue", "all-open")) {
                assertThat(after.require("carecoord_tasks_open", "queue", queue))
                        .as(queue)
                        .isEqualTo(before.require("carecoord_tasks_open", "queue", queue) + 1);
            }
            for (String queue : List.of("team-queue", "all-open")) {
                assertThat(after.require("carecoord_tasks_overdue", "queue", queue))
                        .as(queue)
                        .isEqualTo(before.require("carecoord_tasks_overdue", "queue", queue) + 1);
            }
            assertThat(after.require("carecoord_tasks_open", "queue", "escalations"))
                    .isEqualTo(before.require("carecoord_tasks_open", "queue", "escalations"));
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    @Test
    void aJobOutOfRetriesCountsForItsProcessAndTheExecutorCountersExist() {
        var job = management.createJobQuery().list().stream()
                .filter(j -> j.getProcessDefinitionKey() != null && j.getRetries() > 0)
                .findFirst()
                .orElseThrow();
        Scrape before = freshScrape();
        management.setJobRetries(job.getId(), 0);
        try {
            Scrape after = freshScrape();
            String process = job.getProcessDefinitionKey();
            assertThat(after.require("carecoord_jobs_no_retries", "process", process))
                    .isEqualTo(before.require("carecoord_jobs_no_retries", "process", process) + 1);
            assertThat(after.labelValues("process")).contains("care-episode", "referral", "intake");
            assertThat(after.require("carecoord_jobs_due")).isGreaterThanOrEqualTo(0);
        } finally {
            management.setJobRetries(job.getId(), job.getRetries());
        }
        Scrape scrape = freshScrape();
        // the ITs run jobs themselves, not through the job executor: the counters exist and start at zero
        for (String counter : List.of(
                "carecoord_jobs_acquisition_attempts_total",
                "carecoord_jobs_rejected_total",
                "carecoord_jobs_locked_exclusive_total")) {
            assertThat(scrape.require(counter)).as(counter).isGreaterThanOrEqualTo(0);
        }
        for (String outcome : List.of("success", "failure")) {
            assertThat(scrape.require("carecoord_jobs_acquired_total", "outcome", outcome))
                    .isGreaterThanOrEqualTo(0);
            assertThat(scrape.require("carecoord_jobs_executed_total", "outcome", outcome))
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void requestLatenciesAreTaggedByTemplateNeverByIdCaseNumberOrPatient() {
        var demoCase = jdbc.queryForMap("select id, case_number from care_case order by id limit 1");
        String taskId = tasks.createTaskQuery().list().get(0).getId();
        assertThat(api.get("/api/cases/" + demoCase.get("id"), "manager").status())
                .isEqualTo(200);
        assertThat(api.get("/engine-rest/task/" + taskId, "manager").status()).isEqualTo(200);
        assertThat(api.get("/engine-rest/task/" + taskId + "/form-variables", "manager")
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/engine-rest/process-definition/key/care-episode", "manager")
                        .status())
                .isEqualTo(200);
        assertThat(WebappSession.logIn(port, "manager")
                        .get("/camunda/api/engine/engine/default/task/" + taskId)
                        .status())
                .as("Tasklist's own engine API")
                .isEqualTo(200);
        api.get("/api/cases/" + demoCase.get("id") + "/" + demoCase.get("case_number"), "manager");
        api.get("/engine-rest/history/" + demoCase.get("case_number"), "manager");

        Scrape scrape = freshScrape();
        keepForTheReader(scrapeAs("monitor").body());

        List<String> uris = scrape.labelValues("uri");
        assertThat(uris)
                .contains(
                        "/api/cases/{caseId}",
                        "/engine-rest/task/{id}",
                        "/engine-rest/task/{id}/form-variables",
                        "/engine-rest/process-definition/key/{key}",
                        "/camunda/api/engine/engine/{name}/task/{id}");
        assertThat(uris).noneMatch(uri -> ID_SEGMENT.matcher(uri).find());
        assertThat(scrape.value(
                        "http_server_requests_seconds_bucket",
                        "uri",
                        "/engine-rest/task/{id}",
                        "method",
                        "GET",
                        "status",
                        "200",
                        "le",
                        "1.0"))
                .as("a latency histogram for the engine REST API")
                .isPresent();
        assertThat(scrape.value(
                        "http_server_requests_seconds_bucket",
                        "uri",
                        "/api/cases/{caseId}",
                        "method",
                        "GET",
                        "status",
                        "200",
                        "le",
                        "1.0"))
                .as("and for CareCoord's API")
                .isPresent();

        List<String> caseNumbers = jdbc.queryForList("select case_number from care_case", String.class);
        List<String> names =
                jdbc.queryForList("select first_name from patient union select last_name from patient", String.class);
        assertThat(caseNumbers).isNotEmpty();
        assertThat(names).isNotEmpty();
        for (String value : scrape.labelValues()) {
            assertThat(caseNumbers).as("label value " + value).noneMatch(value::contains);
            assertThat(names).as("label value " + value).noneMatch(value::contains);
        }
    }

    /** An example of what Prometheus reads, for the README and reviewers (target/metrics/prometheus-sample.txt). */
    private static void keepForTheReader(String body) {
        try {
            Path file = Path.of("target", "metrics", "prometheus-sample.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A scrape after reading the database anew, whatever is left of the refresh interval. */
    private Scrape freshScrape() {
        workload.refresh();
        var response = scrapeAs("monitor");
        assertThat(response.status()).isEqualTo(200);
        return Scrape.parse(response.body());
    }

    private Api.Response scrapeAs(String user) {
        Map<String, String> headers = user == null
                ? Map.of("Accept", "text/plain")
                : Map.of("Accept", "text/plain", "Authorization", basic(user));
        return api.raw("GET", PROMETHEUS, headers, null, false);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
