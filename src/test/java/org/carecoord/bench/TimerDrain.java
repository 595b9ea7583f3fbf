package org.carecoord.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.jobexecutor.NotifyAcquisitionRejectedJobsHandler;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.spring.boot.starter.property.JobExecutionProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * W4's measurement on one engine: makes its N timers due at once (one SQL update), starts a job executor on the
 * engine built as the Spring Boot starter builds the application's ({@link SpringJobExecutor} on a
 * {@link ThreadPoolTaskExecutor}) with the application's {@code camunda.bpm.job-execution} settings, and times until
 * none of the timers is left. Jobs of anything else that are due are suspended meanwhile (the smoke run shares its
 * engine with the ITs) and reactivated after.
 */
final class TimerDrain {

    /** The pool settings both engines' executors run with: the application's, else the engine's defaults. */
    record Settings(
            int corePoolSize,
            int maxPoolSize,
            int queueCapacity,
            int maxJobsPerAcquisition,
            int waitMillis,
            Integer lockTimeInMillis,
            boolean deploymentAware) {

        static Settings of(JobExecutionProperty property) {
            var defaults = new SpringJobExecutor();
            return new Settings(
                    property.getCorePoolSize(),
                    property.getMaxPoolSize(),
                    property.getQueueCapacity(),
                    property.getMaxJobsPerAcquisition() != null
                            ? property.getMaxJobsPerAcquisition()
                            : defaults.getMaxJobsPerAcquisition(),
                    property.getWaitTimeInMillis() != null
                            ? property.getWaitTimeInMillis().intValue()
                            : defaults.getWaitTimeInMillis(),
                    property.getLockTimeInMillis(),
                    property.isDeploymentAware());
        }

        Map<String, Object> json() {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("corePoolSize", corePoolSize);
            json.put("maxPoolSize", maxPoolSize);
            json.put("queueCapacity", queueCapacity);
            json.put("maxJobsPerAcquisition", maxJobsPerAcquisition);
            json.put("waitTimeInMillis", waitMillis);
            json.put(
                    "lockTimeInMillis",
                    lockTimeInMillis != null ? lockTimeInMillis : new SpringJobExecutor().getLockTimeInMillis());
            json.put("deploymentAware", deploymentAware);
            return json;
        }
    }

    /** What one drain measured: wall time, the executor's own counters and the failures seen. */
    record Outcome(
            double millis,
            int jobs,
            int left,
            long failures,
            long incidents,
            long acquisitionCycles,
            long acquired,
            long rejected) {

        double jobsPerSecond() {
            return (jobs - left) / (millis / 1000);
        }
    }

    /** One engine's side: its tables (schema prefix), the timers' job definition and the instances' business keys. */
    record Side(ProcessEngineImpl engine, JdbcTemplate jdbc, String tablePrefix, String jobDefinitionId) {

        private String scoped(String select) {
            // the probe's own statements are left out of StatementProfile's counts
            return StatementProfile.PROBE
                    + select.replace("{p}", tablePrefix)
                    + " and process_instance_id_ in (select id_ from %sact_ru_execution".formatted(tablePrefix)
                    + " where id_ = proc_inst_id_ and business_key_ like '%s%%')"
                            .formatted(TimersBench.BUSINESS_KEY_PREFIX);
        }

        int timersLeft() {
            return jdbc.queryForObject(
                    scoped("select count(*) from {p}act_ru_job where job_def_id_ = ?"), Integer.class, jobDefinitionId);
        }

        long timersFailed() {
            return jdbc.queryForObject(
                    scoped("select count(*) from {p}act_ru_job where job_def_id_ = ? and exception_msg_ is not null"),
                    Long.class,
                    jobDefinitionId);
        }

        long incidents() {
            return jdbc.queryForObject(
                    scoped("select count(*) from {p}act_ru_incident where job_def_id_ = ?")
                            .replace("process_instance_id_ in", "proc_inst_id_ in"),
                    Long.class,
                    jobDefinitionId);
        }

        void makeDueNow() {
            jdbc.update(
                    scoped("update {p}act_ru_job set duedate_ = ? where job_def_id_ = ?"),
                    new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime() - 1000),
                    jobDefinitionId);
        }

        long meter(String name) {
            var meter =
                    engine.getProcessEngineConfiguration().getMetricsRegistry().getDbMeterByName(name);
            return meter == null ? 0 : meter.get();
        }
    }

    private TimerDrain() {}

    static Outcome drain(Side side, int jobs, Settings settings, long maxMillis) {
        side.makeDueNow();
        ManagementService management = side.engine().getManagementService();
        List<String> suspended = suspendOthers(management, side);
        long failedBefore = side.meter(Metrics.JOB_FAILED);
        var pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(settings.corePoolSize());
        pool.setMaxPoolSize(settings.maxPoolSize());
        pool.setQueueCapacity(settings.queueCapacity());
        pool.setThreadNamePrefix("w4-jobs-");
        pool.initialize();
        var executor = new CountingJobExecutor();
        executor.setTaskExecutor(pool);
        executor.setRejectedJobsHandler(new NotifyAcquisitionRejectedJobsHandler()); // as the starter sets it
        executor.setCommandExecutor(
                side.engine().getProcessEngineConfiguration().getCommandExecutorTxRequired());
        executor.setMaxJobsPerAcquisition(settings.maxJobsPerAcquisition());
        executor.setWaitTimeInMillis(settings.waitMillis());
        var lockTime = settings.lockTimeInMillis();
        if (lockTime != null) {
            executor.setLockTimeInMillis(lockTime);
        }
        executor.registerProcessEngine(side.engine());
        // The engine's ExecuteJobsRunnable runs a job only while the *configuration's* job executor is active and
        // unlocks it otherwise: with the bench's executor merely registered (the application's is off, the bare
        // engine's never started) every acquired job was unlocked again and acquired again, and nothing drained.
        // As the starter does it: the executor that acquires is the engine's job executor.
        var configuration = side.engine().getProcessEngineConfiguration();
        var engineExecutor = configuration.getJobExecutor();
        configuration.setJobExecutor(executor);
        long start = System.nanoTime();
        int left = jobs;
        long seenFailing = 0;
        double millis;
        try {
            executor.start();
            while (left > 0 && (System.nanoTime() - start) / 1_000_000 < maxMillis) {
                sleep(25);
                left = side.timersLeft();
                seenFailing = Math.max(seenFailing, side.timersFailed());
                if (left > 0 && left == seenFailing) {
                    break; // only failing timers are left: they wait for their retry
                }
            }
            millis = (System.nanoTime() - start) / 1e6;
        } finally {
            executor.shutdown();
            executor.unregisterProcessEngine(side.engine());
            configuration.setJobExecutor(engineExecutor);
            pool.shutdown();
            suspended.forEach(
                    id -> management.updateJobSuspensionState().byJobId(id).activate());
        }
        long failures = Math.max(seenFailing, side.meter(Metrics.JOB_FAILED) - failedBefore);
        return new Outcome(
                millis,
                jobs,
                left,
                failures,
                side.incidents(),
                executor.cycles.get(),
                executor.acquired.get(),
                executor.rejected.get());
    }

    /** Every other job the executor could pick up now (or while W4 runs), suspended; answers their ids. */
    private static List<String> suspendOthers(ManagementService management, Side side) {
        java.util.Date soon = new java.util.Date(ClockUtil.getCurrentTime().getTime() + 3_600_000);
        List<String> ids = new ArrayList<>();
        for (Job job : management.createJobQuery().active().list()) {
            boolean mine = side.jobDefinitionId().equals(job.getJobDefinitionId());
            boolean soonDue = job.getDuedate() == null || job.getDuedate().before(soon);
            if (!mine && soonDue && job.getRetries() > 0) {
                management.updateJobSuspensionState().byJobId(job.getId()).suspend();
                ids.add(job.getId());
            }
        }
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the timers drained", e);
        }
    }

    /** The starter's executor, counting its acquisition cycles, acquired and rejected jobs. */
    private static final class CountingJobExecutor extends SpringJobExecutor {
        final AtomicLong cycles = new AtomicLong();
        final AtomicLong acquired = new AtomicLong();
        final AtomicLong rejected = new AtomicLong();

        @Override
        public void logAcquisitionAttempt(ProcessEngineImpl engine) {
            cycles.incrementAndGet();
            super.logAcquisitionAttempt(engine);
        }

        @Override
        public void logAcquiredJobs(ProcessEngineImpl engine, int numJobs) {
            acquired.addAndGet(numJobs);
            super.logAcquiredJobs(engine, numJobs);
        }

        @Override
        public void logRejectedExecution(ProcessEngineImpl engine, int numJobs) {
            rejected.addAndGet(numJobs);
            super.logRejectedExecution(engine, numJobs);
        }
    }
}
