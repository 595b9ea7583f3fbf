package org.carecoord.bench;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * The due jobs of one episode (every instance carrying its business key), executed as the job executor would: what
 * {@code support/JobRunner} does for the whole engine, narrowed to one episode so that threads never run each
 * other's jobs.
 */
final class EpisodeJobs {

    private EpisodeJobs() {}

    static int run(RuntimeService runtime, ManagementService management, String businessKey) {
        int executed = 0;
        for (int round = 0; round < 20; round++) {
            int before = executed;
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey)
                    .list()) {
                for (var job : management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .executable()
                        .list()) {
                    management.executeJob(job.getId());
                    executed++;
                }
            }
            if (executed == before) {
                return executed;
            }
        }
        throw new IllegalStateException("jobs keep appearing after 20 rounds");
    }

    /**
     * W5: the nodes' job executors run the jobs; this waits until none of the episode's jobs is executable any more
     * (seen twice in a row, as a job may start an instance between the two queries), and fails if one failed.
     */
    static void awaitExecutors(RuntimeService runtime, ManagementService management, String businessKey) {
        long deadline = System.nanoTime() + 120_000_000_000L;
        int quiet = 0;
        while (quiet < 2) {
            long executable = 0;
            for (ProcessInstance instance : runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(businessKey)
                    .list()) {
                if (management
                                .createJobQuery()
                                .processInstanceId(instance.getId())
                                .withException()
                                .count()
                        > 0) {
                    throw new IllegalStateException("a job of the episode failed on a node");
                }
                executable += management
                        .createJobQuery()
                        .processInstanceId(instance.getId())
                        .executable()
                        .count();
            }
            quiet = executable == 0 ? quiet + 1 : 0;
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the nodes left the episode's jobs undone for 120 s");
            }
            if (quiet < 2) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the job executors", e);
                }
            }
        }
    }
}
