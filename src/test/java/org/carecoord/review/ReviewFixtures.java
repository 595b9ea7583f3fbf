package org.carecoord.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.discharge.DischargeProcess;
import org.carecoord.discharge.DischargeProcess.SummaryForm;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TaskWork;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Episodes for the reviewers' tests, made as people make them: a referral through the intake API, consent recorded
 * by {@code coordinator} (claimed from the team queue), then the patient withdraws (reported by the manager through
 * the API) and the case's coordinator prepares the discharge summary. The case ends cancelled with reason
 * patient-declined (no plan was ever active), its episode instance ended.
 */
public final class ReviewFixtures {

    /** Free text typed in the episode: it must never appear in a list or trail. */
    public static final String WITHDRAWAL_NOTE = "Moving in with her son across the river";

    public static final String SUMMARY_NOTE = "Withdrew before the assessment; pantry leaflet given";

    public record Episode(long caseId, String caseNumber, String lastName, String coordinator) {}

    private final Api api;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ManagementService management;
    private final JdbcTemplate jdbc;

    public ReviewFixtures(
            int port, TaskService tasks, IdentityService identity, ManagementService management, JdbcTemplate jdbc) {
        this.api = new Api(port);
        this.tasks = tasks;
        this.identity = identity;
        this.management = management;
        this.jdbc = jdbc;
    }

    /** An episode still in intake (consent not yet recorded). */
    public Episode runningEpisode() {
        String lastName = IntakeApiITFixtures.uniqueName();
        var intake = api.post(
                "/api/intakes",
                "coordinator",
                IntakeApiITFixtures.referral("Mabel", lastName, "1946-04-04", "routine")
                        .replace("\"hospital\"", "\"primary-care\""));
        assertThat(intake.status()).as(intake.body()).isEqualTo(201);
        return new Episode(
                intake.json().get("caseId").asLong(),
                intake.json().get("caseNumber").asText(),
                lastName,
                null);
    }

    /** An episode that ran intake, was withdrawn and discharged: closed, its instances ended. */
    public Episode closedEpisode() {
        Episode started = runningEpisode();
        complete(
                "coordinator",
                started.caseNumber(),
                IntakeProcess.TASK_RECORD_CONSENT,
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(),
                        IntakeProcess.CONSENT_GIVEN,
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(),
                        true,
                        IntakeProcess.Vars.CONTACT_PREFERENCE.name(),
                        "phone",
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(),
                        "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(),
                        "verbal"));
        JobRunner.runDueJobs(management);
        String coordinator = jdbc.queryForObject(
                "select coordinator_id from care_case where id = ?", String.class, started.caseId());
        var withdrawn = api.post(
                "/api/cases/" + started.caseId() + "/events/patient-withdrew",
                "manager",
                "{\"note\": \"" + WITHDRAWAL_NOTE + "\"}");
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(202);
        JobRunner.runDueJobs(management);
        complete(
                coordinator,
                started.caseNumber(),
                DischargeProcess.TASK_PREPARE_SUMMARY,
                Map.of(
                        SummaryForm.DISCHARGE_REASON.name(),
                        DischargeProcess.REASON_PATIENT_DECLINED,
                        SummaryForm.SUMMARY_NOTE.name(),
                        SUMMARY_NOTE));
        JobRunner.runDueJobs(management);
        assertThat(jdbc.queryForObject("select status from care_case where id = ?", String.class, started.caseId()))
                .isIn("finished", "cancelled");
        return new Episode(started.caseId(), started.caseNumber(), started.lastName(), coordinator);
    }

    private void complete(String user, String caseNumber, String taskKey, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(taskKey)
                .singleResult();
        assertThat(task).as("task %s of %s", taskKey, caseNumber).isNotNull();
        TaskWork.completeAs(identity, tasks, user, task.getId(), variables);
    }
}
