package org.carecoord.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.discharge.DischargeProcess;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.referral.ReferralProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Issue #13 §1–§4: CareCoord as separate JVMs (the packaged jar, production profile) on one embedded PostgreSQL,
 * mail to GreenMail, and users pushing whole episodes through the pathway while something fails: a node killed
 * with SIGKILL and started again, PostgreSQL stopped for 10 s, the SMTP server stopped for 30 s, two nodes behind
 * one load balancer. The nodes' job executors and outbox pollers do all background work, with the waits of the
 * pathway shortened by configuration only. Counted at the end from the database and the mail server: nothing lost,
 * nothing doubled, no incident left, no 5xx but 503 problem+json while the database is down.
 *
 * <p>Sizes: {@code -Dreliability.episodes=N} per scenario (default {@value #DEFAULT_EPISODES}),
 * {@code -Dreliability.threads} (default 4). Report: {@code target/reliability/report.md} and {@code report.json}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReliabilityIT {

    static final String ADMIN_PASSWORD = "Rel1able-Ops-2026!Key";
    static final int DEFAULT_EPISODES = 20;

    private static final Path OUTPUT = Path.of("target/reliability");
    private static final List<String> COORDINATORS = List.of("cora", "colin", "cleo", "cyril");
    private static final String MANAGER = "mona";
    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(4);
    /** Every user task of the path, and how often one episode has it: the timers' and jobs' effects, once each. */
    private static final Map<String, Integer> TASKS_PER_EPISODE = Map.of(
            IntakeProcess.TASK_RECORD_CONSENT, 1,
            AssessmentProcess.TASK_SCREEN_MOOD, 1,
            AssessmentProcess.TASK_SCREEN_SOCIAL_NEEDS, 1,
            AssessmentProcess.TASK_ASSESS_DAILY_LIVING, 1,
            CarePlanningProcess.TASK_DRAFT_CARE_PLAN, 1,
            CarePlanningProcess.TASK_REVIEW_PLAN_WITH_PATIENT, 1,
            CarePlanningProcess.TASK_EDUCATE_PATIENT, 1,
            ReferralProcess.TASK_SELECT_PROVIDER, 1,
            MonitoringProcess.TASK_OUTREACH_CONTACT, 2,
            DischargeProcess.TASK_PREPARE_SUMMARY, 1);

    private final int episodes = Integer.getInteger("reliability.episodes", DEFAULT_EPISODES);
    private final int threads = Integer.getInteger("reliability.threads", 4);
    private final List<ScenarioResult> results = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private Database database;
    private MailServer mail;
    private AppNode nodeA;
    private AppNode nodeB;
    private final List<AppNode> rotation = new java.util.concurrent.CopyOnWriteArrayList<>();
    private Users users;
    private long runStarted;

    @BeforeAll
    void startDatabaseMailAndFirstNode() throws Exception {
        runStarted = System.nanoTime();
        Files.createDirectories(OUTPUT);
        Path data = OUTPUT.resolve("pgdata");
        deleteRecursively(data);
        // failsafe runs a failed IT once more: keep the failed attempt's report and logs beside the new ones
        for (String file : List.of("node-a.log", "node-b.log", "report.md", "report.json")) {
            if (Files.exists(OUTPUT.resolve(file))) {
                Files.move(
                        OUTPUT.resolve(file),
                        OUTPUT.resolve("previous-" + file),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        database = new Database(freePort(), data);
        database.start();
        mail = new MailServer(freePort());
        mail.start();
        nodeA = node("node-a", freePort());
        nodeB = node("node-b", freePort());
        rotation.add(nodeA);
        users = new Users(rotation);
        nodeA.start();
        parameters.put("firstStartSeconds", seconds(nodeA.awaitReady(Duration.ofMinutes(4))));
        createUsersAndProvider();
        parameters.put("episodesPerScenario", episodes);
        parameters.put("driverThreads", threads);
        parameters.put("nodeSettings", tunedSettings());
    }

    @AfterAll
    void writeReportAndStop() throws Exception {
        try {
            parameters.put("wholeRunSeconds", (System.nanoTime() - runStarted) / 1e9);
            ReliabilityReport.write(results, parameters, OUTPUT);
        } finally {
            for (AppNode node : List.of(nodeA, nodeB)) {
                if (node != null) {
                    node.stop();
                }
            }
            if (mail != null && mail.running()) {
                mail.stop();
            }
            if (database != null) {
                database.stop();
            }
        }
    }

    @Test
    @Order(1)
    void crash_aNodeKilledMidLoadAndStartedAgainLosesNothing() throws Exception {
        var scenario = new ScenarioResult("1. crash: kill -9 the node mid-load, start it again", "node-a");
        Load load = startLoad(scenario);
        awaitUnderWay(load);
        long killedAt = System.nanoTime();
        int exit = nodeA.kill();
        scenario.notes.add("node-a exit value " + exit + " (137 = SIGKILL)");
        assertThat(exit).as("destroyForcibly() is SIGKILL").isEqualTo(AppNode.KILLED_BY_SIGKILL);
        nodeA.start();
        Duration restart = nodeA.awaitReady(Duration.ofMinutes(3));
        long faultEnd = System.nanoTime();
        scenario.faultSeconds = (faultEnd - killedAt) / 1e9;
        scenario.recovery.put("restart → health UP (s)", seconds(restart));
        finish(scenario, load, faultEnd);
        assertNothingLostOrDoubled(scenario);
        assertThat(scenario.tally.serverErrorCount())
                .as("5xx seen by users\n" + scenario.tally.serverErrors + "\n" + nodeA.logTail())
                .isZero();
    }

    @Test
    @Order(2)
    void databaseOutage_tenSecondsDownUnderLoadAnswers503AndRecoversByItself() throws Exception {
        var scenario = new ScenarioResult("2. PostgreSQL down 10 s under load", "node-a");
        Load load = startLoad(scenario);
        awaitUnderWay(load);
        long stoppedAt = System.nanoTime();
        database.stop();
        Thread.sleep(10_000);
        database.start();
        long faultEnd = System.nanoTime();
        scenario.faultSeconds = (faultEnd - stoppedAt) / 1e9;
        finish(scenario, load, faultEnd);
        assertNothingLostOrDoubled(scenario);
        assertThat(scenario.tally.serverErrorCountOtherThan(503))
                .as("5xx other than 503 during the outage\n" + scenario.tally.serverErrors + "\n" + nodeA.logTail())
                .isZero();
        assertThat(scenario.tally.serverErrorsNotProblemJson.get())
                .as("503s that are neither problem+json nor engine REST's DatabaseUnavailable error")
                .isZero();
    }

    @Test
    @Order(3)
    void smtpOutage_thirtySecondsDownMailIsRetriedAndDeliveredOnce() throws Exception {
        var scenario = new ScenarioResult("3. SMTP down 30 s under load", "node-a");
        Load load = startLoad(scenario);
        awaitUnderWay(load);
        long stoppedAt = System.nanoTime();
        int mailsBefore = mail.all().size();
        mail.stop();
        Thread.sleep(30_000);
        mail.start();
        long faultEnd = System.nanoTime();
        scenario.faultSeconds = (faultEnd - stoppedAt) / 1e9;
        scenario.notes.add(mailsBefore + " mails before the outage");
        Thread monitor = new Thread(() -> {
            while (mail.running() && mail.all().size() <= mailsBefore && System.nanoTime() - faultEnd < 120e9) {
                Users.sleep(Duration.ofMillis(100));
            }
            scenario.recovery.put("SMTP back → first mail delivered (s)", (System.nanoTime() - faultEnd) / 1e9);
        });
        monitor.start();
        finish(scenario, load, faultEnd);
        monitor.join();
        assertNothingLostOrDoubled(scenario);
        assertThat(scenario.tally.serverErrorCount())
                .as("5xx seen by users\n" + scenario.tally.serverErrors)
                .isZero();
    }

    @Test
    @Order(4)
    void twoNodes_oneDatabaseEveryJobOnceCaseloadBalanced() throws Exception {
        nodeB.start();
        nodeB.awaitReady(Duration.ofMinutes(3));
        rotation.add(nodeB);
        var scenario = new ScenarioResult("4. two nodes, one database, round-robin", "node-a + node-b");
        Load load = startLoad(scenario);
        finish(scenario, load, 0);
        assertNothingLostOrDoubled(scenario);
        assertThat(scenario.tally.serverErrorCount())
                .as("5xx seen by users\n" + scenario.tally.serverErrors + "\n" + nodeB.logTail())
                .isZero();
        scenario.caseload = Caseload.of(database, scenario.caseIds());
        assertThat(scenario.caseload.worstExcess())
                .as("least-loaded rule: a coordinator given a case held more open cases than the least-loaded one "
                        + "by more than the assignments running at the same moment\n" + scenario.caseload)
                .isLessThanOrEqualTo(0);
    }

    // --- the scenario frame ---------------------------------------------------------------------------------

    private Load startLoad(ScenarioResult scenario) {
        scenario.tally = users.newTally();
        scenario.casesBefore = database.count("select count(*) from care_case");
        scenario.started = System.nanoTime();
        Load load = new Load(
                episodes,
                threads,
                thread -> new RemoteEpisode(
                        users, mail, COORDINATORS.get(thread % COORDINATORS.size()), MANAGER, STEP_TIMEOUT));
        load.start();
        results.add(scenario);
        return load;
    }

    /** The fault comes once a third of the scenario's intakes were answered: episodes at every stage. */
    private void awaitUnderWay(Load load) throws InterruptedException {
        while (load.intakesAnswered() < Math.max(2, episodes / 3) && load.finished() < episodes) {
            Thread.sleep(100);
        }
    }

    private void finish(ScenarioResult scenario, Load load, long faultEnd) throws Exception {
        Thread drained = null;
        if (faultEnd != 0) {
            scenario.tally.markFaultEnd(faultEnd);
            Instant faultEndAt = Instant.now();
            drained = new Thread(() -> {
                while (System.nanoTime() - faultEnd < 300e9) {
                    try {
                        if (backlogBefore(faultEndAt) == 0) {
                            scenario.recovery.put(
                                    "fault end → backlog drained (s)", (System.nanoTime() - faultEnd) / 1e9);
                            return;
                        }
                    } catch (RuntimeException e) {
                        // the database may still be starting
                    }
                    Users.sleep(Duration.ofMillis(250));
                }
            });
            drained.start();
        }
        boolean done = false;
        for (int i = 0; i < 40 && !done; i++) {
            done = load.awaitDone(Duration.ofSeconds(15));
            System.out.println("[reliability] " + scenario.name + ": " + load.intakesAnswered() + " intakes answered, "
                    + load.finished() + " of " + episodes + " episodes done, 5xx " + scenario.tally.serverErrors);
        }
        scenario.episodes = load.episodes();
        scenario.loadSeconds = (System.nanoTime() - scenario.started) / 1e9;
        if (faultEnd != 0) {
            long first = scenario.tally.firstSuccessAfterFaultEnd();
            scenario.recovery.put("fault end → first successful request (s)", first < 0 ? null : first / 1e9);
            drained.join();
        }
        assertThat(done).as("the load finished").isTrue();
        scenario.count(database, mail, TASKS_PER_EPISODE);
    }

    /** Jobs due before the fault ended that still wait, and mail written before it that is not sent. */
    private long backlogBefore(Instant faultEnd) {
        var at = java.sql.Timestamp.from(faultEnd);
        return database.count(
                        "select count(*) from act_ru_job where retries_ > 0 and suspension_state_ = 1 "
                                + "and coalesce(duedate_, create_time_) < ?",
                        at)
                + database.count("select count(*) from outbox where status <> 'sent' and created_at < ?", at);
    }

    private void assertNothingLostOrDoubled(ScenarioResult scenario) {
        String context = scenario.describe();
        assertThat(scenario.lost())
                .as("episodes answered 201 that did not complete\n" + context)
                .isEmpty();
        assertThat(scenario.duplicateMails)
                .as("mails delivered twice\n" + context)
                .isEmpty();
        assertThat(scenario.incidentsLeft).as("open incidents\n" + context).isZero();
        assertThat(scenario.jobsWithoutRetries)
                .as("jobs out of retries\n" + context)
                .isZero();
        assertThat(scenario.outboxNotSent)
                .as("outbox rows not sent\n" + context)
                .isZero();
        assertThat(scenario.doubledTasks)
                .as("a task (a timer's or job's effect) twice\n" + context)
                .isEmpty();
        assertThat(scenario.sentRowsWithoutMail)
                .as("outbox rows marked sent that no mail matches")
                .isZero();
    }

    // --- set-up ---------------------------------------------------------------------------------------------

    private AppNode node(String name, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "postgres");
        env.put("SPRING_DATASOURCE_URL", database.jdbcUrl());
        env.put("SPRING_DATASOURCE_USERNAME", "postgres");
        env.put("SPRING_DATASOURCE_PASSWORD", "postgres");
        env.put("SPRING_MAIL_HOST", "localhost");
        env.put("SPRING_MAIL_PORT", String.valueOf(mail.port()));
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("CARECOORD_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("CARECOORD_REFERRAL_LINK_SECRET", "reliability-run-link-secret-0123456789");
        env.put("CARECOORD_PUBLIC_URL", "http://localhost:" + port);
        env.put("CARECOORD_SECURE_COOKIES", "false");
        List<String> args = tunedSettings().entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
        return new AppNode(name, port, env, args, OUTPUT.resolve(name + ".log").toAbsolutePath());
    }

    /**
     * The pathway's waits, shortened by configuration only (production defaults in brackets): one day of the
     * contact interval (P1D), the job executor's idle wait and its lock on a job (5 s … 60 s; 5 min: a killed
     * node's jobs wait that long), the outbox poll (10 s), back-off base (1 min), attempts (6) and the time after
     * which a 'sending' row of a dead node is taken again (10 min); SMTP connect/read timeouts.
     */
    private static Map<String, String> tunedSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("carecoord.monitoring.contact-interval-day", "PT0.02S");
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", "500");
        settings.put("camunda.bpm.job-execution.max-wait", "1000");
        settings.put("camunda.bpm.job-execution.lock-time-in-millis", "20000");
        settings.put("carecoord.mail.poll-interval", "PT0.5S");
        settings.put("carecoord.mail.backoff-base", "PT2S");
        settings.put("carecoord.mail.max-attempts", "8");
        settings.put("carecoord.mail.sending-timeout", "PT20S");
        settings.put("spring.mail.properties.mail.smtp.connectiontimeout", "5000");
        settings.put("spring.mail.properties.mail.smtp.timeout", "10000");
        return settings;
    }

    private void createUsersAndProvider() throws Users.NoAnswer {
        for (String coordinator : COORDINATORS) {
            createUser(coordinator, "coordinators");
        }
        createUser(MANAGER, "managers");
        Users.Answer provider = users.postJson("/api/providers", MANAGER, """
                {"name": "Springfield Food Bank", "serviceTypes": ["food-assistance"],
                 "email": "intake@foodbank.example.org", "phone": "+1 555 0199", "languages": ["en"],
                 "acceptsNewClients": true}""");
        assertThat(provider.status()).as(provider.body()).isEqualTo(201);
    }

    private void createUser(String id, String group) throws Users.NoAnswer {
        Users.Answer created = users.postJson("/engine-rest/user/create", "admin", """
                {"profile": {"id": "%s", "firstName": "%s", "lastName": "Reliability", "email": "%s@example.org"},
                 "credentials": {"password": "%s"}}""".formatted(
                        id, Character.toUpperCase(id.charAt(0)) + id.substring(1), id, Users.PASSWORD));
        assertThat(created.status()).as("create " + id + ": " + created.body()).isEqualTo(204);
        Users.Answer member = users.putJson("/engine-rest/group/" + group + "/members/" + id, "admin", "");
        assertThat(member.status())
                .as("add " + id + " to " + group + ": " + member.body())
                .isEqualTo(204);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var files = Files.walk(path)) {
                for (Path file :
                        files.sorted(java.util.Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(file);
                }
            }
        }
    }
}
