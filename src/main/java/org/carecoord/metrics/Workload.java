package org.carecoord.metrics;

import org.carecoord.notification.OutboxBacklog;

/** What the gauges show, read from the database at one moment. */
record Workload(TaskQueues.Counts tasks, JobBacklog.Counts jobs, OutboxBacklog outbox) {}
