package org.carecoord.support;

import org.camunda.bpm.engine.ManagementService;

/** Executes due jobs the way the job executor would, until none is left (the ITs run without the executor). */
public final class JobRunner {

    private JobRunner() {}

    public static int runDueJobs(ManagementService managementService) {
        int executed = 0;
        for (int round = 0; round < 20; round++) {
            var jobs = managementService.createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return executed;
            }
            for (var job : jobs) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("jobs keep appearing after 20 rounds");
    }
}
