package org.carecoord.enginerest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

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
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
                || !"POST".equals(attributes.getRequest().getMethod())) {
            return false;
        }
        Matcher execute = EXECUTE.matcher(attributes.getRequest().getRequestURI());
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine(false);
        if (!execute.find() || engine == null) {
            return false;
        }
        Job job;
        try {
            job = engine.getManagementService()
                    .createJobQuery()
                    .jobId(execute.group(1))
                    .singleResult();
        } catch (RuntimeException cannotTell) {
            return false;
        }
        // the executor holds its lock (not on the Job interface) until the lock expires
        return job == null
                || job instanceof JobEntity entity
                        && entity.getLockExpirationTime() != null
                        && entity.getLockExpirationTime().after(ClockUtil.getCurrentTime());
    }
}
