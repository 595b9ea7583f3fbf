package org.carecoord.metrics;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The jobs waiting in the database, whichever node runs them: executable now (due, retries left, not suspended), and
 * out of retries (each one an incident) per process definition key. Callers run it as the application.
 */
@Component
class JobBacklog {

    /** The tag value for jobs of no process definition (batches, history cleanup). */
    static final String NO_PROCESS = "none";

    record Counts(long due, Map<String, Long> withoutRetries) {}

    private final ManagementService management;
    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final String jobTable;

    JobBacklog(
            ManagementService management,
            RepositoryService repository,
            JdbcTemplate jdbc,
            ProcessEngineConfigurationImpl engine) {
        this.management = management;
        this.repository = repository;
        this.jdbc = jdbc;
        this.jobTable = engine.getDatabaseTablePrefix() + "ACT_RU_JOB";
    }

    /**
     * Every deployed process key is reported, zero included, so a dashboard shows no gap; one grouped query counts
     * them all (the job query would need one per key).
     */
    Counts count() {
        long due = management.createJobQuery().executable().count();
        Map<String, Long> withoutRetries = new HashMap<>();
        for (ProcessDefinition definition :
                repository.createProcessDefinitionQuery().latestVersion().list()) {
            withoutRetries.put(definition.getKey(), 0L);
        }
        jdbc.query(
                "select PROCESS_DEF_KEY_ as process_key, count(*) as n from " + jobTable
                        + " where RETRIES_ = 0 group by PROCESS_DEF_KEY_",
                row -> {
                    String key = row.getString("process_key");
                    withoutRetries.merge(key == null ? NO_PROCESS : key, row.getLong("n"), Long::sum);
                });
        return new Counts(due, Map.copyOf(withoutRetries));
    }
}
