package org.carecoord.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The counters follow a real job executor: one job that succeeds, one that fails until it is an incident. */
class JobExecutorMetricsTest {

    private final JobExecutorMetrics metrics = new JobExecutorMetrics();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        var configuration = (ProcessEngineConfigurationImpl)
                ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                        .setJdbcUrl("jdbc:h2:mem:job-executor-metrics;DB_CLOSE_DELAY=-1")
                        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP)
                        .setHistory(ProcessEngineConfiguration.HISTORY_NONE)
                        .setJobExecutorActivate(false);
        configuration.setProcessEnginePlugins(List.of(metrics));
        // a BPMN-only engine starts in a fraction of the time (no FEEL engine to build)
        configuration.setDmnEnabled(false);
        configuration.setCmmnEnabled(false);
        metrics.bindTo(registry);
        engine = configuration.buildProcessEngine();
        configuration.getJobExecutor().setWaitTimeInMillis(50);
        configuration.getJobExecutor().setMaxWait(200);
        configuration.getJobExecutor().start();
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @Test
    void countsWhatTheEngineMarksForThisNode() {
        engine.getRepositoryService()
                .createDeployment()
                .addModelInstance(
                        "metrics-check.bpmn",
                        Bpmn.createExecutableProcess("metrics-check")
                                .camundaHistoryTimeToLive(1)
                                .startEvent()
                                .serviceTask("Task_Succeeds")
                                .camundaAsyncBefore()
                                .camundaExpression("${true}")
                                .serviceTask("Task_Fails")
                                .camundaAsyncBefore()
                                .camundaExpression("${noSuchBean}")
                                .endEvent()
                                .done())
                .deploy();
        engine.getRuntimeService().startProcessInstanceByKey("metrics-check");

        // the failing job is tried three times (the engine's default), then it is an incident
        awaitUntil(() ->
                engine.getManagementService().createJobQuery().noRetriesLeft().count() == 1);

        assertThat(count("carecoord.jobs.executed", "success")).isEqualTo(1);
        assertThat(count("carecoord.jobs.executed", "failure")).isEqualTo(3);
        // a job that follows in the same instance may run straight after the one before, without an acquisition
        assertThat(count("carecoord.jobs.acquired", "success")).isBetween(1.0, 4.0);
        assertThat(count("carecoord.jobs.acquisition.attempts", null)).isGreaterThanOrEqualTo(1);
        assertThat(count("carecoord.jobs.rejected", null)).isZero();
        // the engine's own meters, written to its table, saw the same
        engine.getManagementService().reportDbMetricsNow();
        assertThat(engine.getManagementService()
                        .createMetricsQuery()
                        .name(Metrics.JOB_SUCCESSFUL)
                        .sum())
                .isEqualTo(1);
        assertThat(engine.getManagementService()
                        .createMetricsQuery()
                        .name(Metrics.JOB_FAILED)
                        .sum())
                .isEqualTo(3);
    }

    private double count(String name, String outcome) {
        var search = registry.find(name);
        if (outcome != null) {
            search = search.tag("outcome", outcome);
        }
        return search.functionCounter().count();
    }

    /** Waits for the job executor's threads (not an assertion on time: the deadline only ends a hung run). */
    private static void awaitUntil(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now())
                    .as("job executor still working at the deadline")
                    .isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
