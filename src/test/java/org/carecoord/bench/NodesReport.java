package org.carecoord.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Report's W5 section: W1 through two nodes against one, and the checks that nothing ran twice. */
final class NodesReport {

    static final String SECTION = "## W5: two application nodes on one PostgreSQL";
    static final double GOAL = 1.6;

    private NodesReport() {}

    static void write(BenchResult result, StringBuilder md, Map<String, Object> json) {
        List<NodesBench.Round> rounds = result.nodeRounds;
        var findings = result.nodes;
        Map<String, Object> w5 = new LinkedHashMap<>();
        w5.put("settings", findings.settings);
        w5.put("nodeStartMillis", findings.nodeStartMillis);
        json.put("nodes", w5);
        if (rounds.isEmpty()) {
            md.append("Not measured (see Errors).\n");
            return;
        }
        md.append("W1's episodes with the job executors doing the jobs (the episode waits for them), through one node ")
                .append("and through two (episode i through node i mod 2), the same clients in both; ")
                .append(findings.settings)
                .append(". Node start-up (separate JVMs, database already migrated): ")
                .append(findings.nodeStartMillis.entrySet().stream()
                        .map(e -> e.getKey() + " " + Stats.format(e.getValue() / 1000, 1) + " s")
                        .toList())
                .append(". Cores of the machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" (the bench JVM, both nodes and PostgreSQL share them).\n\n")
                .append("| round | one node episodes/s | two nodes episodes/s | two ÷ one |\n|---|---|---|---|\n");
        for (var round : rounds) {
            md.append("| %d | %s | %s | %s |\n"
                    .formatted(
                            round.number(),
                            Stats.format(round.oneNodeEpisodesPerSecond(), 2),
                            Stats.format(round.twoNodesEpisodesPerSecond(), 2),
                            Stats.format(round.ratio(), 2)));
        }
        Stats one = stats(rounds, NodesBench.Round::oneNodeEpisodesPerSecond);
        Stats two = stats(rounds, NodesBench.Round::twoNodesEpisodesPerSecond);
        Stats ratio = stats(rounds, NodesBench.Round::ratio);
        boolean clean = findings.jobsExecutedTwice == 0
                && findings.mailsReceivedTwice == 0
                && findings.mailsReceived == findings.mailsSent;
        md.append("\nOne node: ")
                .append(one.text(2))
                .append(" episodes/s; two nodes: ")
                .append(two.text(2))
                .append(" episodes/s.\n\n**Two nodes ÷ one: ")
                .append(ratio.text(2))
                .append("** (goal ≥ ")
                .append(GOAL)
                .append(": ")
                .append(ratio.median() >= GOAL ? "met" : "missed")
                .append(").\n\n- jobs executed per node (successes in `act_hi_job_log` during W5): ")
                .append(findings.jobsByNode)
                .append("\n- jobs executed more than once: **")
                .append(findings.jobsExecutedTwice)
                .append("**\n- mail: ")
                .append(findings.mailsSent)
                .append(" outbox rows sent by the nodes, ")
                .append(findings.mailsReceived)
                .append(" messages received by the SMTP sink, **")
                .append(findings.mailsReceivedTwice)
                .append("** received twice (same Message-ID)\n- nothing executed or sent twice: **")
                .append(clean ? "yes" : "no")
                .append("**\n");
        w5.put("oneNodeEpisodesPerSecond", one.json());
        w5.put("twoNodesEpisodesPerSecond", two.json());
        w5.put("twoDividedByOne", ratio.json());
        w5.put("goal", GOAL);
        w5.put("rounds", rounds);
        w5.put("jobsByNode", findings.jobsByNode);
        w5.put("jobsExecutedTwice", findings.jobsExecutedTwice);
        w5.put("mailsSent", findings.mailsSent);
        w5.put("mailsReceived", findings.mailsReceived);
        w5.put("mailsReceivedTwice", findings.mailsReceivedTwice);
    }

    private static Stats stats(List<NodesBench.Round> rounds, ToDoubleFunction<NodesBench.Round> value) {
        return Stats.of(rounds.stream().map(value::applyAsDouble).toList());
    }
}
