package org.carecoord.metrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.IdentityService;
import org.carecoord.notification.OutboxStatistics;
import org.carecoord.security.EngineAsApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gauges of the work waiting in the database: task queues, jobs, the outbox. They are read together (a dozen count
 * queries) at most once per {@code carecoord.metrics.refresh-interval}, when a scrape asks: a scrape every 15 s
 * costs the database no more than one every 30 s, and without scrapes nothing is read after start. The numbers are
 * the cluster's, so every node reports the same (take {@code max} across instances). If the database cannot be
 * read, every gauge is NaN until it can again, rather than a stale number.
 */
@Component
class WorkloadMetrics implements MeterBinder {

    private static final Logger log = LoggerFactory.getLogger(WorkloadMetrics.class);

    private final TaskQueues taskQueues;
    private final JobBacklog jobBacklog;
    private final OutboxStatistics outbox;
    private final IdentityService identity;
    private final Clock clock;
    private final Duration refreshInterval;
    private final Set<String> processKeysWithGauge = ConcurrentHashMap.newKeySet();
    private MeterRegistry registry;
    private Workload current;
    private Instant readAt;

    WorkloadMetrics(
            TaskQueues taskQueues,
            JobBacklog jobBacklog,
            OutboxStatistics outbox,
            IdentityService identity,
            Clock clock,
            @Value("${carecoord.metrics.refresh-interval:PT30S}") Duration refreshInterval) {
        this.taskQueues = taskQueues;
        this.jobBacklog = jobBacklog;
        this.outbox = outbox;
        this.identity = identity;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    @Override
    public void bindTo(MeterRegistry meterRegistry) {
        this.registry = meterRegistry;
        for (String queue : TaskQueues.FILTERS.keySet()) {
            gauge(
                    "carecoord.tasks.open",
                    "queue",
                    queue,
                    "Open tasks in the Tasklist queue",
                    w -> value(w.tasks().open().get(queue)));
        }
        for (String queue : TaskQueues.WITH_OVERDUE) {
            gauge(
                    "carecoord.tasks.overdue",
                    "queue",
                    queue,
                    "Open tasks of the Tasklist queue past their due date",
                    w -> value(w.tasks().overdue().get(queue)));
        }
        Gauge.builder("carecoord.jobs.due", this, m -> m.read(w -> w.jobs().due()))
                .description("Jobs executable now: due, with retries left, not suspended (all nodes)")
                .register(meterRegistry);
        for (String status : new String[] {"pending", "sending", "failed"}) {
            gauge(
                    "carecoord.outbox.messages",
                    "status",
                    status,
                    "Undelivered outbox mail: waiting for a (next) attempt, being sent, given up",
                    w -> switch (status) {
                        case "pending" -> w.outbox().pending();
                        case "sending" -> w.outbox().sending();
                        default -> w.outbox().failed();
                    });
        }
        TimeGauge.builder(
                        "carecoord.outbox.oldest.pending.age",
                        this,
                        TimeUnit.SECONDS,
                        m -> m.read(w -> w.outbox().oldestPendingAge().toSeconds()))
                .description("How long the oldest waiting outbox message has waited since it was queued (0: none)")
                .register(meterRegistry);
    }

    /** Once at start, so the first scrape already shows a gauge for every deployed process. */
    @EventListener(ApplicationReadyEvent.class)
    void readOnceStarted() {
        refresh();
    }

    /** Reads the database now, whatever is left of the interval (at start, in tests, and when it has passed). */
    synchronized void refresh() {
        Instant now = clock.instant();
        try {
            current = EngineAsApplication.call(
                    identity, () -> new Workload(taskQueues.count(now), jobBacklog.count(), outbox.backlog(now)));
            current.jobs().withoutRetries().keySet().forEach(this::registerWithoutRetries);
        } catch (RuntimeException e) {
            // the type only: a database error's message may quote a row
            log.warn(
                    "Workload metrics could not be read ({}); gauges are NaN until they can",
                    e.getClass().getSimpleName());
            current = null;
        }
        readAt = now;
    }

    private synchronized Workload workload() {
        if (readAt == null || !clock.instant().isBefore(readAt.plus(refreshInterval))) {
            refresh();
        }
        return current;
    }

    private double read(ToDoubleFunction<Workload> value) {
        Workload workload = workload();
        return workload == null ? Double.NaN : value.applyAsDouble(workload);
    }

    private void gauge(String name, String tag, String tagValue, String description, ToDoubleFunction<Workload> value) {
        Gauge.builder(name, this, m -> m.read(value))
                .tag(tag, tagValue)
                .description(description)
                .register(registry);
    }

    /** A process key first seen (a new deployment) gets its gauge now and shows from the next scrape on. */
    private void registerWithoutRetries(String processKey) {
        if (registry != null && processKeysWithGauge.add(processKey)) {
            gauge(
                    "carecoord.jobs.no.retries",
                    "process",
                    processKey,
                    "Jobs out of retries, i.e. incidents, by process definition key (all nodes)",
                    w -> value(w.jobs().withoutRetries().get(processKey)));
        }
    }

    private static double value(Long count) {
        return count == null ? Double.NaN : count;
    }
}
