package org.carecoord.bench;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * W5: W1's episodes through two application nodes ({@link NodeProcess}, each its own JVM, job executor and mail
 * sender on) sharing the bench's PostgreSQL, against the same episodes through one of them, the same number of
 * clients in both (split evenly over the nodes). Rounds alternate which goes first. Afterwards: no job ran twice
 * ({@code act_hi_job_log}: one success per job id) and no mail went out twice (every mail the SMTP sink received has
 * its own Message-ID, one per outbox row marked sent).
 */
final class NodesBench {

    static final List<String> NODES = List.of("node-a", "node-b");

    /** W5's own parameters ({@code -Dbench.nodeEpisodes=…}). */
    record Parameters(int episodes, int clients, int rounds, int nodeHeapMiB) {

        static Parameters fromSystemProperties(BenchParameters bench) {
            return new Parameters(
                    Integer.getInteger("bench.nodeEpisodes", bench.episodes()),
                    Integer.getInteger("bench.nodeClients", 2 * bench.threads()),
                    Integer.getInteger("bench.nodeRounds", 3),
                    Integer.getInteger("bench.nodeHeapMiB", 512));
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("nodeEpisodes", episodes);
            json.put("nodeClients", clients);
            json.put("nodeRounds", rounds);
            json.put("nodeHeapMiB", nodeHeapMiB);
            return json;
        }
    }

    /** One round: N episodes through one node, N through two. */
    record Round(int number, double oneNodeMillis, int oneNodeEpisodes, double twoNodesMillis, int twoNodesEpisodes) {

        double oneNodeEpisodesPerSecond() {
            return oneNodeEpisodes / (oneNodeMillis / 1000);
        }

        double twoNodesEpisodesPerSecond() {
            return twoNodesEpisodes / (twoNodesMillis / 1000);
        }

        double ratio() {
            return twoNodesEpisodesPerSecond() / oneNodeEpisodesPerSecond();
        }
    }

    /** What W5 found besides the rounds. */
    static final class Findings {
        final Map<String, Object> settings = new LinkedHashMap<>();
        final Map<String, Double> nodeStartMillis = new LinkedHashMap<>();
        /** successful job executions per node (act_hi_job_log.hostname_) during W5 */
        final Map<String, Long> jobsByNode = new LinkedHashMap<>();

        long jobsExecutedTwice = -1;
        long mailsSent = -1;
        long mailsReceived = -1;
        long mailsReceivedTwice = -1;
    }

    private final BenchApp app;
    private final Parameters parameters;
    private final Path logDirectory;

    NodesBench(BenchApp app, Parameters parameters, Path logDirectory) {
        this.app = app;
        this.parameters = parameters;
        this.logDirectory = logDirectory;
    }

    void run(BenchResult result) {
        Findings findings = result.nodes;
        findings.settings.putAll(parameters.json());
        findings.settings.put(
                "nodes",
                "each its own JVM (the bench's class path, production profile, application settings), job executor "
                        + "and mail sender on (mail poll interval 1 s), one PostgreSQL");
        var pool = app.pool();
        Timestamp since = new Timestamp(System.currentTimeMillis());
        long sentBefore = sentMails();
        var smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        ManagementService management = app.management();
        List<String> suspended = suspendDueJobs(management);
        List<NodeProcess> nodes = new ArrayList<>();
        try {
            smtp.start();
            int smtpPort = smtp.getSmtp().getPort();
            nodes.addAll(NodeProcess.startAll(
                    NODES,
                    pool.getJdbcUrl(),
                    pool.getUsername(),
                    pool.getPassword(),
                    smtpPort,
                    parameters.nodeHeapMiB(),
                    logDirectory));
            nodes.forEach(node -> findings.nodeStartMillis.put(node.name(), node.startMillis()));
            // warm-up: one episode per node, so that both JVMs have compiled the path before the first round
            Concurrently.Outcome warmUp = episodes(nodes, nodes.size(), nodes.size(), new Latencies());
            if (!warmUp.errors().isEmpty()) {
                throw new IllegalStateException("warm-up: " + warmUp.errors().get(0));
            }
            for (int number = 1; number <= parameters.rounds(); number++) {
                result.nodeRounds.add(round(number, nodes, result));
            }
            awaitMail();
        } catch (RuntimeException e) {
            result.error("W5", e);
        } finally {
            nodes.forEach(NodeProcess::close);
            suspended.forEach(
                    id -> management.updateJobSuspensionState().byJobId(id).activate());
            try {
                findings.jobsExecutedTwice = jobsExecutedTwice(since);
                findings.jobsByNode.putAll(jobsByNode(since));
                findings.mailsSent = sentMails() - sentBefore;
                var received = smtp.getReceivedMessages();
                Set<String> ids = new HashSet<>();
                for (var message : received) {
                    ids.add(message.getMessageID());
                }
                findings.mailsReceived = received.length;
                findings.mailsReceivedTwice = received.length - ids.size();
            } catch (MessagingException | RuntimeException e) {
                result.errors
                        .computeIfAbsent("W5", k -> new ArrayList<>())
                        .add("counting: " + e.getClass().getSimpleName());
            } finally {
                smtp.stop();
            }
        }
        if (findings.jobsExecutedTwice > 0) {
            result.errors
                    .computeIfAbsent("W5", k -> new ArrayList<>())
                    .add(findings.jobsExecutedTwice + " jobs executed twice");
        }
        if (findings.mailsReceivedTwice > 0 || findings.mailsReceived != findings.mailsSent) {
            result.errors
                    .computeIfAbsent("W5", k -> new ArrayList<>())
                    .add("mail: %d rows sent, %d received, %d twice"
                            .formatted(findings.mailsSent, findings.mailsReceived, findings.mailsReceivedTwice));
        }
        result.errors.putIfAbsent("W5", new ArrayList<>());
    }

    private Round round(int number, List<NodeProcess> nodes, BenchResult result) {
        Concurrently.Outcome one = null;
        Concurrently.Outcome two = null;
        for (boolean oneFirst : List.of(number % 2 == 1, number % 2 == 0)) {
            if (oneFirst) {
                one = episodes(nodes.subList(0, 1), parameters.episodes(), parameters.clients(), new Latencies());
            } else {
                two = episodes(nodes, parameters.episodes(), parameters.clients(), new Latencies());
            }
        }
        result.count("W5", one);
        result.count("W5", two);
        return new Round(
                number, one.wallMillis(), Math.max(1, one.completed()), two.wallMillis(), Math.max(1, two.completed()));
    }

    /** {@code count} W1 episodes on {@code clients} threads, episode i through node i mod nodes. */
    private Concurrently.Outcome episodes(List<NodeProcess> nodes, int count, int clients, Latencies latencies) {
        return Concurrently.run(
                count,
                clients,
                i -> EpisodePath.run(new AppEpisode(
                        app, latencies, nodes.get(i % nodes.size()).port(), true)));
    }

    /** The smoke run shares its database with the ITs: jobs due before W5 wait until it is done. */
    private static List<String> suspendDueJobs(ManagementService management) {
        List<String> ids = new ArrayList<>();
        for (Job job : management.createJobQuery().active().executable().list()) {
            management.updateJobSuspensionState().byJobId(job.getId()).suspend();
            ids.add(job.getId());
        }
        return ids;
    }

    private void awaitMail() {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            Long due = app.jdbc()
                    .queryForObject(
                            "select count(*) from outbox where status in ('pending', 'sending') and next_attempt_at <= now()",
                            Long.class);
            if (due == 0) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new IllegalStateException("the nodes did not send the queued mail within 120 s");
    }

    private long sentMails() {
        return app.jdbc().queryForObject("select count(*) from outbox where status = 'sent'", Long.class);
    }

    /** Job ids with more than one successful execution in the job log (state 2) since W5 began. */
    private long jobsExecutedTwice(Timestamp since) {
        return app.jdbc().queryForObject("""
                select count(*) from (select job_id_ from act_hi_job_log
                                      where job_state_ = 2 and timestamp_ >= ? group by job_id_ having count(*) > 1) twice""", Long.class, since);
    }

    private Map<String, Long> jobsByNode(Timestamp since) {
        Map<String, Long> byNode = new LinkedHashMap<>();
        app.jdbc()
                .query(
                        """
                select coalesce(hostname_, '?') as node, count(*) as jobs from act_hi_job_log
                where job_state_ = 2 and timestamp_ >= ? group by hostname_ order by hostname_""",
                        rs -> {
                            byNode.put(rs.getString("node"), rs.getLong("jobs"));
                        },
                        since);
        return byNode;
    }
}
