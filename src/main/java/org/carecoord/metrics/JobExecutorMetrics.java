package org.carecoord.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * The job executor's counters of this node, as the engine marks them: acquisition attempts, jobs acquired (locked, or
 * lost to another node), rejected (acquired while the executor's queue was full), executed (successfully or failing;
 * also a job executed by hand through {@code /engine-rest/job/{id}/execute}) and exclusive jobs locked together with
 * another. They count only while the engine's metrics are on (the default).
 */
@Component
class JobExecutorMetrics extends AbstractProcessEnginePlugin implements MeterBinder {

    private final CountingMetricsRegistry engineMeters = new CountingMetricsRegistry();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setMetricsRegistry(engineMeters);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        counter(
                registry,
                "carecoord.jobs.acquisition.attempts",
                Metrics.JOB_ACQUISITION_ATTEMPT,
                null,
                "Job acquisition cycles of this node's job executor");
        counter(
                registry,
                "carecoord.jobs.acquired",
                Metrics.JOB_ACQUIRED_SUCCESS,
                "success",
                "Jobs acquired and locked by this node (success), or taken by another node first (failure)");
        counter(registry, "carecoord.jobs.acquired", Metrics.JOB_ACQUIRED_FAILURE, "failure", null);
        counter(
                registry,
                "carecoord.jobs.rejected",
                Metrics.JOB_EXECUTION_REJECTED,
                null,
                "Jobs acquired but rejected because every executor thread and queue slot was busy");
        counter(
                registry,
                "carecoord.jobs.executed",
                Metrics.JOB_SUCCESSFUL,
                "success",
                "Jobs executed on this node (job executor or by hand), by outcome; failures are retried, then incidents");
        counter(registry, "carecoord.jobs.executed", Metrics.JOB_FAILED, "failure", null);
        counter(
                registry,
                "carecoord.jobs.locked.exclusive",
                Metrics.JOB_LOCKED_EXCLUSIVE,
                null,
                "Exclusive jobs of the same process instance locked together with an acquired one");
    }

    private void counter(MeterRegistry registry, String name, String meter, String outcome, String description) {
        var builder = FunctionCounter.builder(name, engineMeters, meters -> meters.total(meter))
                .description(description);
        if (outcome != null) {
            builder.tag("outcome", outcome);
        }
        builder.register(registry);
    }
}
