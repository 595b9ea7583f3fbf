package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.support.CamundaForm;
import org.carecoord.support.TasklistInBrowser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forms of monitoring and transitional care render in the real Tasklist (no "Form failure") with their labels
 * and the case's facts, on the demo cases that stand there: Rosa Delgado's outreach contact and Frank Miller's
 * steps after his hospital stay. Screenshots go to target/browser/.
 */
class LaterStagesBrowserIT extends TasklistInBrowser {

    @Autowired
    TaskService taskService;

    @Test
    void outreachAndTransitionalCareFormsRenderWithTheirLabelsAndTheCasesFacts() throws IOException {
        Task outreach = demoTask("Outreach contact", "Rosa", "Delgado");
        tasklist.logIn(outreach.getAssignee(), outreach.getAssignee());

        open(outreach, "outreach-contact");
        assertThat(tasklist.formText())
                .contains("Patient reached?")
                .contains("Minutes spent")
                .contains("Episode ends")
                .contains("care-management time this month so far: 0 minutes")
                .doesNotContain("{{");

        open(demoTask("Transitional care contact", "Frank", "Miller"), "transitional-care-contact");
        assertThat(tasklist.formText())
                .contains("Springfield General Hospital")
                .contains("Did you reach the patient or caregiver?")
                .doesNotContain("{{");
        open(demoTask("Medication reconciliation", "Frank", "Miller"), "medication-reconciliation");
        assertThat(tasklist.formText()).contains("Did you find discrepancies?");
        open(demoTask("Face-to-face visit", "Frank", "Miller"), "face-to-face-visit");
        assertThat(tasklist.formText()).contains("Visit date (MM/DD/YYYY)").contains("within 7 days");
        open(demoTask("Assess readmission risk", "Frank", "Miller"), "lace-after-discharge");
        assertThat(tasklist.shown(
                        CamundaForm.load(AssessmentProcess.FORM_ASSESS_READMISSION_RISK),
                        AssessmentProcess.Fields.LENGTH_OF_STAY_DAYS.name()))
                .as("the stay's length, prefilled")
                .isEqualTo("4");
    }

    /** Task names carry the case number, not the patient's name. */
    private Task demoTask(String step, String firstName, String lastName) {
        String caseNumber = jdbc.queryForObject(
                "select c.case_number from care_case c join patient p"
                        + " on p.id = c.patient_id where p.first_name = ? and p.last_name = ?",
                String.class,
                firstName,
                lastName);
        Task task = taskService
                .createTaskQuery()
                .taskNameLike(step + "% · " + caseNumber)
                .singleResult();
        assertThat(task).as("demo task %s of %s %s", step, firstName, lastName).isNotNull();
        return task;
    }

    private void open(Task task, String screenshot) throws IOException {
        tasklist.searchTaskNames(
                task.getName().substring(task.getName().lastIndexOf('·') + 1).trim());
        tasklist.openTask(task.getName());
        tasklist.screenshot(Path.of("target", "browser", screenshot + ".png"));
    }
}
