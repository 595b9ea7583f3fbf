package org.carecoord.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.camunda.bpm.engine.management.Metrics;

/**
 * The engine's metrics registry that also keeps this node's running totals of the job executor's meters. The
 * engine's own meters are emptied into ACT_RU_METER_LOG every 15 minutes and summed over all nodes; a Prometheus
 * counter must be this node's and only ever grow, so the totals are counted here as the engine marks them.
 */
class CountingMetricsRegistry extends MetricsRegistry {

    static final String[] JOB_METERS = {
        Metrics.JOB_ACQUISITION_ATTEMPT,
        Metrics.JOB_ACQUIRED_SUCCESS,
        Metrics.JOB_ACQUIRED_FAILURE,
        Metrics.JOB_EXECUTION_REJECTED,
        Metrics.JOB_SUCCESSFUL,
        Metrics.JOB_FAILED,
        Metrics.JOB_LOCKED_EXCLUSIVE
    };

    private final Map<String, AtomicLong> totals;

    CountingMetricsRegistry() {
        var counting = new HashMap<String, AtomicLong>();
        for (String meter : JOB_METERS) {
            counting.put(meter, new AtomicLong());
        }
        this.totals = Map.copyOf(counting);
    }

    @Override
    public void markOccurrence(String name, long times) {
        super.markOccurrence(name, times);
        AtomicLong total = totals.get(name);
        if (total != null) {
            total.addAndGet(times);
        }
    }

    /** Everything marked for one of {@link #JOB_METERS} since start. */
    long total(String meter) {
        return totals.get(meter).get();
    }
}
