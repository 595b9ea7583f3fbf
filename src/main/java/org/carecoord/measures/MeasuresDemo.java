package org.carecoord.measures;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.carecoord.discharge.DischargeProcess;
import org.carecoord.discharge.EpisodeEvents;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.intake.IntakeRequest;
import org.carecoord.intake.IntakeResult;
import org.carecoord.intake.IntakeService;
import org.carecoord.intake.PatientDetails;
import org.carecoord.security.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's one closed episode, so the measures' "episodes closed by discharge reason" is not empty: a patient who
 * consents and then withdraws, discharged as patient-declined through the real discharge process. Loaded once
 * (all or nothing) under its marker, after DemoData.
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "carecoord.demo.enabled", havingValue = "true")
class MeasuresDemo implements ApplicationRunner {

    static final String MARKER = "measures-v1";
    /** DemoData's intake user. */
    private static final String DEMO_COORDINATOR = "coordinator";

    private static final Logger log = LoggerFactory.getLogger(MeasuresDemo.class);

    private final IntakeService intake;
    private final EpisodeEvents events;
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    MeasuresDemo(
            IntakeService intake,
            EpisodeEvents events,
            TaskService tasks,
            RuntimeService runtime,
            ManagementService management,
            IdentityService identity,
            JdbcTemplate jdbc,
            TransactionTemplate transaction) {
        this.intake = intake;
        this.events = events;
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.queryForObject("select count(*) from demo_data_load where name = ?", Integer.class, MARKER) > 0) {
                return;
            }
            jdbc.update("insert into demo_data_load (name, loaded_at) values (?, current_timestamp)", MARKER);
            closedEpisode();
            log.info("Loaded the demo's closed episode");
        });
    }

    private void closedEpisode() {
        var patient = new PatientDetails(
                "Hazel",
                "Turner",
                LocalDate.parse("1950-05-04"),
                "female",
                "+1 555 0100 0504",
                "hazel@example.org",
                null,
                "en",
                null,
                null);
        IntakeResult episode = intake.receive(
                new IntakeRequest(patient, "chronic-care", "primary-care", "COPD; asked for help at home", "routine"),
                DEMO_COORDINATOR);
        Task consent = task(episode, IntakeProcess.TASK_RECORD_CONSENT);
        VariableMap form = Vars.CONSENT_DECISION.with(IntakeProcess.CONSENT_GIVEN);
        Vars.SHARE_WITH_PROVIDERS.put(form, true);
        Vars.CONTACT_PREFERENCE.put(form, "phone");
        Vars.CONSENT_GIVEN_BY.put(form, "patient");
        Vars.CONSENT_METHOD.put(form, "verbal");
        as(DEMO_COORDINATOR, () -> {
            tasks.claim(consent.getId(), DEMO_COORDINATOR);
            tasks.complete(consent.getId(), form);
        });
        runJobs(episode);
        events.patientWithdrew(episode.caseId(), "Prefers her daughter's help for now.");
        runJobs(episode);
        Task summary = task(episode, DischargeProcess.TASK_PREPARE_SUMMARY);
        VariableMap answers =
                DischargeProcess.SummaryForm.DISCHARGE_REASON.with(DischargeProcess.REASON_PATIENT_DECLINED);
        DischargeProcess.SummaryForm.SUMMARY_NOTE.put(answers, "Withdrew after consent; may be referred again.");
        as(summary.getAssignee(), () -> tasks.complete(summary.getId(), answers));
        runJobs(episode);
    }

    private Task task(IntakeResult episode, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(episode.caseNumber())
                .taskDefinitionKey(key)
                .singleResult();
    }

    private void as(String user, Runnable work) {
        identity.setAuthentication(user, List.of(Groups.COORDINATORS));
        try {
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Runs the episode's due jobs (assignment, the discharge's asynchronous steps) until none is left. */
    private void runJobs(IntakeResult episode) {
        for (int round = 0; round < 20; round++) {
            List<Job> due =
                    runtime
                            .createProcessInstanceQuery()
                            .processInstanceBusinessKey(episode.caseNumber())
                            .list()
                            .stream()
                            .flatMap(instance ->
                                    management
                                            .createJobQuery()
                                            .processInstanceId(instance.getId())
                                            .executable()
                                            .list()
                                            .stream())
                            .toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
