package org.carecoord.support;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Runs one process instance's jobs with the engine clock moved to a given instant (what {@link EngineClock} reads),
 * leaving every other instance's jobs alone: the ITs share one database with the demo cases.
 */
public final class InstanceJobs {

    private InstanceJobs() {}

    /** Executes the instance's jobs due at {@code at} until none is left; the clock is reset afterwards. */
    public static int runDueAt(ManagementService management, String processInstanceId, Instant at) {
        ClockUtil.setCurrentTime(Date.from(at));
        try {
            int executed = 0;
            for (int round = 0; round < 20; round++) {
                var jobs = management
                        .createJobQuery()
                        .processInstanceId(processInstanceId)
                        .executable()
                        .list();
                if (jobs.isEmpty()) {
                    return executed;
                }
                for (var job : jobs) {
                    management.executeJob(job.getId());
                    executed++;
                }
            }
            throw new IllegalStateException("jobs keep appearing after 20 rounds");
        } finally {
            ClockUtil.reset();
        }
    }
}
