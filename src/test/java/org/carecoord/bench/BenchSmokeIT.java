package org.carecoord.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The benchmark harness end to end with tiny parameters, so that it cannot rot: every workload completes without an
 * error and the report is written with every section. Nothing here asserts a time.
 */
class BenchSmokeIT extends PostgresIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyWorkloadRunsWithoutErrorsAndTheReportHasEverySection() throws Exception {
        Path output = Path.of("target/bench-smoke");
        var parameters = new BenchParameters(
                2, 2, 2, 50, List.of(50, 100), 10, 3, 600, java.util.Set.of("w1", "w3", "w4", "w5"), output);
        var result = new BenchHarness(new BenchApp(context, port), parameters, 0)
                .withTimers(new TimersBench.Parameters(50, 1, 600))
                .withNodes(new NodesBench.Parameters(2, 2, 1, 384))
                .run(Map.of(), true);
        Report.write(result, output);

        assertThat(result.errors)
                .allSatisfy(
                        (workload, errors) -> assertThat(errors).as(workload).isEmpty());
        assertThat(result.completed)
                .containsOnlyKeys("W1", "W2", "JDBC ceiling", "W3", "W4", "W5")
                .containsEntry("W1", 4)
                .containsEntry("W2", 4)
                .containsEntry("JDBC ceiling", 2)
                .containsEntry("W3", 2)
                .containsEntry("W4", 1)
                .containsEntry("W5", 4);
        assertThat(result.timerRounds).singleElement().satisfies(round -> {
            assertThat(round.app().jobs()).isEqualTo(50);
            assertThat(round.app().left()).isZero();
            assertThat(round.bare().left()).isZero();
        });
        assertThat(result.nodeRounds).hasSize(1);
        assertThat(result.nodes.jobsExecutedTwice).isZero();
        assertThat(result.nodes.mailsReceivedTwice).isZero();
        assertThat(result.nodes.mailsReceived).isEqualTo(result.nodes.mailsSent);
        String markdown = Files.readString(output.resolve("report.md"));
        assertThat(markdown).contains(Report.SECTIONS);
        assertThat(new ObjectMapper()
                        .readTree(output.resolve("report.json").toFile())
                        .fieldNames())
                .toIterable()
                .contains(
                        "machine",
                        "parameters",
                        "startupMillis",
                        "episodes",
                        "w1Calls",
                        "transactions",
                        "historyRowsPerEpisode",
                        "heap",
                        "queues",
                        "timers",
                        "nodes",
                        "statementProfile",
                        "errors");
        assertThat(output.resolve("w1-w2.svg")).exists();
        assertThat(output.resolve("queues.svg")).exists();
        assertThat(output.resolve("timers.svg")).exists();
    }
}
