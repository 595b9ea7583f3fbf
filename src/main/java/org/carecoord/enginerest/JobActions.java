package org.carecoord.enginerest;

import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;

/**
 * "Run now" on a job (Cockpit's retry, {@code POST /job/{id}/execute}) while the job executor runs the same job: the
 * engine fails with its internal state ("Cannot restore state of process instance …"). For the user that is not an
 * error: the job ran, or is running, already.
 */
final class JobActions {

    private static final Pattern EXECUTE = Pattern.compile("/job/([^/]+)/execute/?$");

    private JobActions() {}

    /** Whether the failed request was "run this job" and the job meanwhile ran or is being run by the executor. */
    static boolean ranConcurrently() {
        return FailedEngineRequest.post(EXECUTE, (engine, jobId) -> {
            Job job =
                    engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
            // the executor holds its lock (not on the Job interface) until the lock expires
            return job == null
                    || job instanceof JobEntity entity
                            && entity.getLockExpirationTime() != null
                            && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime());
        });
    }
}
