package org.carecoord.conference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.camunda.bpm.engine.task.Task;
import org.carecoord.conference.CaseConferenceProcess.Fields;
import org.carecoord.support.Api;
import org.carecoord.support.CamundaForm;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.JobRunner;
import org.carecoord.support.TasklistInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * "Record the conference" in the real Tasklist for a conference that did not take place: the record's fields stay
 * hidden until the coordinator says whether it took place; "No" submits without them and the next task, "Propose a
 * conference time", says that the conference did not take place.
 */
class ConferenceNotHeldBrowserIT extends TasklistInBrowser {

    @Autowired
    ApplicationContext context;

    @Test
    void theCoordinatorRecordsThatTheConferenceDidNotTakePlaceAndIsAskedForANewTime() throws IOException {
        var planned = CaseWithPlan.create(port, context, "Noshow");
        var api = new Api(port);
        String base = "/api/cases/" + planned.caseId();
        assertThat(api.post(base + "/care-team", planned.coordinator(), """
                        {"role": "specialist", "name": "Dr. Noor Haddad", "email": "noor.haddad@example.org",
                         "takesPartInPlanning": true, "sharingConsented": true}""").status())
                .isEqualTo(201);
        assertThat(api.post(base + "/conferences", planned.coordinator(), "").status())
                .isEqualTo(201);
        ConferenceSteps.propose(
                identity,
                tasks,
                planned.coordinator(),
                planned.caseNumber(),
                LocalDate.now().plusDays(2),
                "11:00",
                30,
                "Video call");
        JobRunner.runDueJobs(management);
        Task record = task(planned.caseNumber(), CaseConferenceProcess.TASK_RECORD);

        tasklist.logIn(planned.coordinator(), planned.coordinator());
        tasklist.searchTaskNames(planned.caseNumber());
        tasklist.openTask(record.getName());
        var form = CamundaForm.load(CaseConferenceProcess.FORM_RECORD);
        assertThat(tasklist.formText())
                .contains("Did the conference take place?")
                .doesNotContain("Discussion summary");
        tasklist.fill(form, Fields.HELD.name(), CaseConferenceProcess.NOT_HELD);
        assertThat(tasklist.formText()).doesNotContain("Discussion summary");
        tasklist.screenshot(Path.of("target", "screenshots", "conference-not-held.png"));
        tasklist.completeTask(record.getName());

        Task propose = task(planned.caseNumber(), CaseConferenceProcess.TASK_PROPOSE_TIME);
        assertThat(propose).as("asked for a new time").isNotNull();
        assertThat(jdbc.queryForObject(
                        "select status from case_conference where case_id = ?", String.class, planned.caseId()))
                .isEqualTo("requested");
        tasklist.searchTaskNames(planned.caseNumber());
        tasklist.openTask(propose.getName());
        assertThat(tasklist.formText()).contains("did not take place").doesNotContain("{{");
    }

    private Task task(String caseNumber, String key) {
        return ConferenceSteps.task(tasks, caseNumber, key);
    }
}
