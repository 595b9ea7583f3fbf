package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.careplan.CarePlanningProcess;
import org.carecoord.careplan.CarePlanningProcess.Labelled;
import org.carecoord.careplan.CarePlanningProcess.Problem;
import org.carecoord.careplan.CarePlanningProcess.Responsible;
import org.carecoord.forms.OptionLists;
import org.carecoord.forms.YesNo;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.support.Api;
import org.carecoord.support.TasklistInBrowser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The option lists of the care-planning forms come from their enums (OptionLists): served with a task's form
 * variables without becoming process variables, shown by the real Tasklist inside the goal and intervention groups,
 * and the only values a submission may carry. On Priya Shah's demo case, whose plan is still to draft.
 */
class OptionListsBrowserIT extends TasklistInBrowser {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void formVariablesCarryTheListsTheFormNamesButTheEngineStoresNone() throws IOException {
        Task draft = draftTask();
        var api = new Api(port);

        JsonNode variables = api.get("/engine-rest/task/" + draft.getId() + "/form-variables", draft.getAssignee())
                .json();
        for (String key : List.of(
                OptionLists.PROBLEMS,
                OptionLists.RESPONSIBLE,
                OptionLists.BARRIERS,
                OptionLists.EDUCATION_TOPICS,
                OptionLists.SERVICES)) {
            assertThat(variables.path(key).path("type").asText()).as(key).isEqualTo("Json");
            assertThat(JSON.readTree(variables.path(key).path("value").asText()))
                    .as(key)
                    .isEqualTo(OptionLists.of(key));
        }
        assertThat(labels(JSON.readTree(
                        variables.path(OptionLists.PROBLEMS).path("value").asText())))
                .isEqualTo(Arrays.stream(Problem.values()).map(Labelled::label).toList());
        // asked for by name: only what was asked
        JsonNode named = api.get(
                        "/engine-rest/task/" + draft.getId() + "/form-variables?variableNames=" + OptionLists.BARRIERS,
                        draft.getAssignee())
                .json();
        assertThat(named.fieldNames()).toIterable().containsExactly(OptionLists.BARRIERS);
        // another form gets only the lists it names
        Task outreach = outreachTask();
        JsonNode outreachVariables = api.get(
                        "/engine-rest/task/" + outreach.getId() + "/form-variables", outreach.getAssignee())
                .json();
        assertThat(outreachVariables.has(OptionLists.SERVICES)).isTrue();
        assertThat(outreachVariables.has(OptionLists.PROBLEMS)).isFalse();

        for (String key : OptionLists.keys()) {
            assertThat(runtimeService
                            .createVariableInstanceQuery()
                            .variableName(key)
                            .count())
                    .as(key)
                    .isZero();
            assertThat(historyService
                            .createHistoricVariableInstanceQuery()
                            .variableName(key)
                            .count())
                    .as(key)
                    .isZero();
        }
    }

    @Test
    void submissionsMayCarryOnlyTheServedValues() throws IOException {
        Task draft = draftTask();
        var api = new Api(port);
        // Json variables compare by their text (their Java values are not equal to a second read of themselves)
        String before = taskService.getVariables(draft.getId()).toString();

        var response = api.post("/engine-rest/task/" + draft.getId() + "/submit-form", draft.getAssignee(), """
                {"variables": {
                  "problems": {"type": "Json", "value": "[\\"food\\", \\"anxiety\\"]"},
                  "barriers": {"type": "Json", "value": "[\\"cost\\", \\"teleport-xyz\\"]"},
                  "educationTopics": {"type": "Json", "value": "[\\"mental-health\\"]"},
                  "referralServices": {"type": "Json", "value": "[\\"food-assistance\\"]"},
                  "goal1": {"type": "Json", "value": "{\\"problem\\": \\"spaceship-xyz\\", \\"description\\": \\"Eat\\"}"},
                  "intervention1": {"type": "Json",
                    "value": "{\\"problem\\": \\"food\\", \\"action\\": \\"Pantry\\", \\"responsible\\": \\"patient\\"}"}
                }}""");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> fields = response.json().path("errors").findValuesAsText("field");
        assertThat(fields)
                .contains("barriers", "goal1.problem")
                .doesNotContain(
                        "problems",
                        "educationTopics",
                        "referralServices",
                        "intervention1.problem",
                        "intervention1.responsible");
        assertThat(response.body()).doesNotContain("teleport-xyz").doesNotContain("spaceship-xyz");
        assertThat(taskService.getVariables(draft.getId()).toString())
                .as("nothing written")
                .isEqualTo(before);
    }

    @Test
    void tasklistShowsTheEnumsLabelsInsideTheGroups() throws IOException {
        Task draft = draftTask();
        tasklist.logIn(draft.getAssignee(), draft.getAssignee());
        tasklist.searchTaskNames(
                draft.getName().substring(draft.getName().lastIndexOf('·') + 1).trim());
        tasklist.openTask(draft.getName());

        assertThat(tasklist.formText())
                .contains(Problem.READMISSION.label())
                .contains(CarePlanningProcess.Barrier.CAREGIVER.label())
                .contains(CarePlanningProcess.EducationTopic.HEART_FAILURE_SELF_CARE.label())
                .contains(CarePlanningProcess.Service.FINANCIAL_COUNSELING.label());
        assertThat(dropdown("Field_Goal1Problem"))
                .isEqualTo(Arrays.stream(Problem.values()).map(Labelled::label).toList());
        assertThat(dropdown("Field_Intervention1Responsible"))
                .isEqualTo(
                        Arrays.stream(Responsible.values()).map(Labelled::label).toList());
        tasklist.screenshot(Path.of("target", "browser", "draft-care-plan-option-lists.png"));
    }

    /** The monitoring lists (contact channel, yes/no) come from their enums too: served, shown and enforced. */
    @Test
    void outreachContactShowsAndEnforcesTheChannelAndYesNoEnums() throws IOException {
        Task outreach = outreachTask();
        var api = new Api(port);
        JsonNode variables = api.get(
                        "/engine-rest/task/" + outreach.getId() + "/form-variables", outreach.getAssignee())
                .json();
        for (String key : List.of(OptionLists.CONTACT_CHANNELS, OptionLists.YES_NO)) {
            assertThat(JSON.readTree(variables.path(key).path("value").asText()))
                    .as(key)
                    .isEqualTo(OptionLists.of(key));
        }
        String before = taskService.getVariables(outreach.getId()).toString();
        var response = api.post("/engine-rest/task/" + outreach.getId() + "/submit-form", outreach.getAssignee(), """
                {"variables": {
                  "reached": {"type": "String", "value": "maybe-xyz"},
                  "channel": {"type": "String", "value": "carrier-pigeon-xyz"},
                  "minutesSpent": {"type": "Long", "value": 10}
                }}""");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field")).contains("reached", "channel");
        assertThat(response.body()).doesNotContain("carrier-pigeon-xyz").doesNotContain("maybe-xyz");
        assertThat(taskService.getVariables(outreach.getId()).toString())
                .as("nothing written")
                .isEqualTo(before);

        tasklist.logIn(outreach.getAssignee(), outreach.getAssignee());
        tasklist.searchTaskNames(outreach.getName()
                .substring(outreach.getName().lastIndexOf('·') + 1)
                .trim());
        tasklist.openTask(outreach.getName());
        assertThat(radioLabels("Field_Reached"))
                .isEqualTo(Arrays.stream(YesNo.values()).map(YesNo::label).toList());
        assertThat(dropdown("Field_Channel"))
                .isEqualTo(Arrays.stream(MonitoringProcess.ContactChannel.values())
                        .map(MonitoringProcess.ContactChannel::label)
                        .toList());
        tasklist.screenshot(Path.of("target", "browser", "outreach-contact-option-lists.png"));
    }

    /** Opens a select of the open form and reads its options as the user sees them. */
    private List<String> dropdown(String elementId) {
        var browser = tasklist.browser();
        WebElement field = browser.find(
                        elementId, By.cssSelector("[cam-tasklist-form] [id$='-" + elementId + "-display']"))
                .findElement(By.xpath("./ancestor::div[contains(@class,'fjs-form-field')][1]"));
        if (field.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
            browser.click(elementId, field, By.cssSelector(".fjs-select-display"));
        }
        List<String> labels = browser.await(elementId + " options", d -> {
            List<String> shown = new ArrayList<>();
            field.findElements(By.cssSelector(".fjs-dropdownlist-item"))
                    .forEach(item -> shown.add(item.getText().trim()));
            return shown.isEmpty() ? null : shown;
        });
        browser.click(elementId, field, By.cssSelector(".fjs-select-display"));
        return labels;
    }

    /** The options of a radio group of the open form, as the user reads them. */
    private List<String> radioLabels(String elementId) {
        var browser = tasklist.browser();
        browser.find(elementId, By.cssSelector("[cam-tasklist-form] input[type='radio'][id*='-" + elementId + "-']"));
        return browser.await(elementId + " options", d -> {
            List<String> shown = new ArrayList<>();
            d.findElements(By.cssSelector("[cam-tasklist-form] input[type='radio'][id*='-" + elementId + "-']"))
                    .forEach(input -> shown.add(input.findElement(By.xpath("./ancestor::label[1]"))
                            .getText()
                            .trim()));
            return shown.isEmpty() ? null : shown;
        });
    }

    private static List<String> labels(JsonNode options) {
        List<String> labels = new ArrayList<>();
        options.forEach(option -> labels.add(option.path("label").asText()));
        return labels;
    }

    private Task draftTask() {
        String caseNumber = jdbc.queryForObject(
                "select c.case_number from care_case c join patient p"
                        + " on p.id = c.patient_id where p.first_name = 'Priya' and c.status = 'active'",
                String.class);
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(CarePlanningProcess.TASK_DRAFT_CARE_PLAN)
                .singleResult();
        assertThat(task).as("Priya's demo plan to draft").isNotNull();
        assertThat(task.getAssignee()).as("assigned to her coordinator").isNotNull();
        return task;
    }

    /** Rosa Delgado's outreach contact: its form offers services (a list) but no problems. */
    private Task outreachTask() {
        String caseNumber = jdbc.queryForObject(
                "select c.case_number from care_case c join patient p"
                        + " on p.id = c.patient_id where p.first_name = 'Rosa' and p.last_name = 'Delgado'"
                        + " and c.status = 'active'",
                String.class);
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(org.carecoord.monitoring.MonitoringProcess.TASK_OUTREACH_CONTACT)
                .singleResult();
    }
}
