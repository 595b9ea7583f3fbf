package org.carecoord.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.security.Groups;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users racing each other in Tasklist: many claim the same task at once, or complete it twice at once, or act on a
 * task that ended a moment ago. Exactly one wins; every other gets a clear 409, never a 500 or an engine message.
 */
class TaskRacesIT extends PostgresIntegrationTest {

    private static final String CONSENT = """
            {"variables": {"consentDecision": {"value": "given"}, "shareWithProviders": {"value": true},
              "contactPreference": {"value": "phone"}, "contactTimes": {"value": "mornings"},
              "consentGivenBy": {"value": "patient"}, "consentMethod": {"value": "verbal"}}}
            """;

    private Api api;
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        pool = Executors.newFixedThreadPool(10);
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @Test
    void manyClaimTheSameTaskAtOnceAndExactlyOneUserWins() throws Exception {
        String taskId = freshQueueTask();

        List<Attempt> attempts = race(10, i -> {
            String user = i % 2 == 0 ? "coordinator" : "coordinator2";
            return new Attempt(
                    user, api.post("/engine-rest/task/" + taskId + "/claim", user, "{\"userId\": \"" + user + "\"}"));
        });

        String assignee = tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
        assertThat(assignee).isIn("coordinator", "coordinator2");
        for (Attempt attempt : attempts) {
            if (attempt.user().equals(assignee)) {
                // the winner's own repeated claims: success, or told the task changed under them
                assertThat(attempt.response().status()).as(attempt.toString()).isIn(204, 409);
            } else {
                assertThat(attempt.response().status()).as(attempt.toString()).isEqualTo(409);
                assertThat(attempt.response().json().path("type").asText())
                        .isIn("TaskAlreadyClaimed", "OptimisticLockingException");
            }
        }
        assertThat(attempts)
                .filteredOn(a -> a.response().status() == 204)
                .extracting(Attempt::user)
                .containsOnly(assignee)
                .isNotEmpty();
    }

    @Test
    void aSecondClaimByAnotherUserIsTold409InWords() {
        String taskId = freshQueueTask();
        assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "coordinator", "{\"userId\": \"coordinator\"}")
                        .status())
                .isEqualTo(204);

        var late = api.post("/engine-rest/task/" + taskId + "/claim", "coordinator2", "{\"userId\": \"coordinator2\"}");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().path("type").asText()).isEqualTo("TaskAlreadyClaimed");
        assertThat(late.json().path("message").asText())
                .startsWith("Someone else claimed this task first")
                .doesNotContain(taskId);
    }

    @Test
    void completingTheSameTaskTwiceAtOnceCompletesItOnceAndTellsTheOther() throws Exception {
        String taskId = freshQueueTask();
        assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "coordinator", "{\"userId\": \"coordinator\"}")
                        .status())
                .isEqualTo(204);

        List<Attempt> attempts = race(
                4,
                i -> new Attempt(
                        "coordinator",
                        api.post("/engine-rest/task/" + taskId + "/submit-form", "coordinator", CONSENT)));

        assertThat(attempts).extracting(a -> a.response().status()).containsOnly(204, 409);
        assertThat(attempts).filteredOn(a -> a.response().status() == 204).hasSize(1);
        assertThat(attempts)
                .filteredOn(a -> a.response().status() == 409)
                .allSatisfy(a -> assertThat(a.response().json().path("type").asText())
                        .isIn("TaskNotOpen", "OptimisticLockingException"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from act_hi_taskinst where id_ = ? and end_time_ is not null",
                        Integer.class,
                        taskId))
                .as("the task ended once")
                .isOne();
    }

    @Test
    void actingOnATaskThatEndedAMomentAgoIs409NotOpen() {
        String taskId = freshQueueTask();
        assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "coordinator", "{\"userId\": \"coordinator\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/engine-rest/task/" + taskId + "/submit-form", "coordinator", CONSENT)
                        .status())
                .isEqualTo(204);

        for (String action : List.of("submit-form", "complete", "claim")) {
            var late = api.post(
                    "/engine-rest/task/" + taskId + "/" + action,
                    "coordinator",
                    action.equals("claim") ? "{\"userId\": \"coordinator\"}" : CONSENT);
            assertThat(late.status()).as(action).isEqualTo(409);
            assertThat(late.json().path("type").asText()).as(action).isEqualTo("TaskNotOpen");
            assertThat(late.json().path("message").asText())
                    .as(action)
                    .contains("no longer open")
                    .doesNotContain(taskId);
        }
        // reading it is still a plain "not found"
        assertThat(api.get("/engine-rest/task/" + taskId, "coordinator").status())
                .isEqualTo(404);
    }

    @Test
    void runningAJobTwiceAtOnceRunsItOnceAndTellsTheOther() throws Exception {
        String taskId = freshQueueTask();
        String instanceId =
                tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        assertThat(api.post("/engine-rest/task/" + taskId + "/claim", "coordinator", "{\"userId\": \"coordinator\"}")
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/engine-rest/task/" + taskId + "/submit-form", "coordinator", CONSENT)
                        .status())
                .isEqualTo(204);
        // consent given: "Assign coordinator" waits as a job, as it would for the job executor
        String jobId = management
                .createJobQuery()
                .processInstanceId(instanceId)
                .singleResult()
                .getId();

        List<Attempt> attempts =
                race(4, i -> new Attempt("admin", api.post("/engine-rest/job/" + jobId + "/execute", "admin", "")));

        assertThat(attempts).filteredOn(a -> a.response().status() == 204).hasSize(1);
        assertThat(attempts)
                .filteredOn(a -> a.response().status() != 204)
                .allSatisfy(
                        a -> assertThat(a.response().status()).as(a.toString()).isIn(404, 409));
        assertThat(management.createJobQuery().jobId(jobId).count()).isZero();
    }

    private record Attempt(String user, Api.Response response) {}

    private interface Try {
        Attempt run(int i);
    }

    /** Runs {@code n} attempts released at the same moment; no attempt may be answered 5xx. */
    private List<Attempt> race(int n, Try attempt) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Attempt>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<Attempt> call = () -> {
                start.await();
                return attempt.run(index);
            };
            futures.add(pool.submit(call));
        }
        start.countDown();
        List<Attempt> attempts = new ArrayList<>();
        for (Future<Attempt> future : futures) {
            attempts.add(future.get());
        }
        assertThat(attempts)
                .allSatisfy(
                        a -> assertThat(a.response().status()).as(a.toString()).isLessThan(500));
        return attempts;
    }

    /** A fresh referral's "Record consent": unassigned, offered to the coordinators. */
    private String freshQueueTask() {
        var intake = api.post(
                "/api/intakes",
                "manager",
                IntakeApiITFixtures.referral("Ottoline", IntakeApiITFixtures.uniqueName(), "1961-03-04", "routine"));
        assertThat(intake.status()).isEqualTo(201);
        return tasks.createTaskQuery()
                .taskCandidateGroup(Groups.COORDINATORS)
                .taskUnassigned()
                .processInstanceBusinessKey(intake.json().get("caseNumber").asText())
                .singleResult()
                .getId();
    }
}
