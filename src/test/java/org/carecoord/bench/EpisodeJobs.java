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
}
