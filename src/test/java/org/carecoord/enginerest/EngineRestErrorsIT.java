package org.carecoord.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * Engine REST errors carry no internals: a database failure answers 500 with an error id only; the walk-in of a
 * patient with an open episode answers 409 naming the case; a start form is validated like a task form; and
 * Tasklist's own path (the webapp's engine API) answers the same.
 */
class EngineRestErrorsIT extends PostgresIntegrationTest {

    private static final String START =
            "/engine-rest/process-definition/key/" + CareEpisodeProcess.KEY + "/submit-form";

    @Test
    void aDatabaseFailureAnswers500WithAnErrorIdAndNoInternals() {
        var api = new Api(port);
        // a valid resource id (letters only) longer than the column: PostgreSQL refuses the insert
        String group = "Secretgroup" + "x".repeat(100);
        String create = "{\"id\": \"" + group + "\", \"name\": \"SECRET-PATIENT-DETAIL\", \"type\": \"x\"}";

        var response = api.post("/engine-rest/group/create", "admin", create);

        assertThat(response.status()).as(response.body()).isEqualTo(500);
        var body = response.json();
        assertThat(body.path("errorId").asText()).isNotBlank();
        assertThat(body.path("message").asText()).contains(body.path("errorId").asText());
        assertThat(response.body())
                .doesNotContain(
                        "SECRET-PATIENT-DETAIL",
                        "Secretgroup",
                        "ACT_",
                        "act_",
                        "SQL",
                        "insert",
                        "INSERT",
                        "varying",
                        "persistence",
                        "org.",
                        "Exception",
                        "\tat ");
        assertThat(api.get("/engine-rest/group/" + group, "admin").status())
                .as("nothing saved")
                .isEqualTo(404);
    }

    @Test
    void walkInOfAPatientWithAnOpenEpisodeIsAConflictNamingTheCase() {
        String last = IntakeApiITFixtures.uniqueName();
        var api = new Api(port);
        assertThat(api.post(START, "coordinator", walkIn(last, "may@example.org"))
                        .status())
                .isEqualTo(200);
        String openCase = jdbc.queryForObject(
                "select c.case_number from care_case c join patient p "
                        + "on p.id = c.patient_id where p.last_name = ?",
                String.class,
                last);

        var again = api.post(START, "coordinator", walkIn(last, "may@example.org"));
        var inTasklist = WebappSession.logIn(port, "coordinator")
                .postToEngine(
                        "process-definition/key/" + CareEpisodeProcess.KEY + "/submit-form",
                        walkIn(last, "may@example.org"));

        for (var response : java.util.List.of(again, inTasklist)) {
            assertThat(response.status()).as(response.body()).isEqualTo(409);
            assertThat(response.json().path("message").asText())
                    .contains(openCase)
                    .doesNotContain(CareEpisodeProcess.KEY + ":");
        }
    }

    @Test
    void invalidStartFormIsRefusedBeforeAnythingIsSaved() {
        String last = IntakeApiITFixtures.uniqueName();
        String body = walkIn(last, "not-an-e-mail")
                .replace("\"1951-01-01\"", "\"31/31/1951\"")
                .replace("\"female\"", "\"robot-xyz\"")
                .replace(
                        "\"phone\": {\"value\": null}",
                        "\"phone\": {\"value\": \"call me maybe\"}, \"caseNumber\": {\"value\": \"CC-1\"}");

        var response = new Api(port).post(START, "coordinator", body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("errors").findValuesAsText("field"))
                .containsExactlyInAnyOrder("dateOfBirth", "sex", "phone", "email", "caseNumber");
        assertThat(response.body()).doesNotContain("not-an-e-mail", "31/31/1951", "robot-xyz", "call me maybe");
        assertThat(jdbc.queryForObject("select count(*) from patient where last_name = ?", Integer.class, last))
                .isZero();
    }

    @Test
    void tasklistsOwnPathIsValidatedToo() {
        var contact = tasks.createTaskQuery()
                .taskDefinitionKey(MonitoringProcess.TASK_OUTREACH_CONTACT)
                .processInstanceBusinessKey(jdbc.queryForObject(
                        "select c.case_number from care_case c join patient p"
                                + " on p.id = c.patient_id where p.first_name = 'Rosa' and p.last_name = 'Delgado'"
                                + " and c.status = 'active'",
                        String.class))
                .singleResult();
        var before = tasks.getVariables(contact.getId());

        var response = WebappSession.logIn(port, contact.getAssignee())
                .postToEngine(
                        "task/" + contact.getId() + "/submit-form",
                        "{\"variables\": {\"reached\": {\"value\": \"yes\"}, \"channel\": {\"value\": "
                                + "\"phone\"}, \"minutesSpent\": {\"value\": 1000000000000}}}");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().path("message").asText())
                .contains("minutesSpent")
                .doesNotContain("1000000000000");
        assertThat(tasks.getVariables(contact.getId())).isEqualTo(before);
    }

    @Test
    void anUnknownTaskIsNotFoundWithoutDetail() {
        var response = new Api(port).post("/engine-rest/task/no-such-task-xyz/complete", "coordinator", "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("no-such-task-xyz", "Exception:", "org.");
    }

    private static String walkIn(String last, String email) {
        return """
                {"variables": {
                  "firstName": {"value": "May"}, "lastName": {"value": "%s"}, "dateOfBirth": {"value": "1951-01-01"},
                  "sex": {"value": "female"}, "preferredLanguage": {"value": "en"}, "email": {"value": "%s"},
                  "phone": {"value": null}, "address": {"value": null}, "guardianName": {"value": null},
                  "program": {"value": "chronic-care"}, "urgency": {"value": "routine"},
                  "referralSource": {"value": "self"}, "reasonForReferral": {"value": "walked in asking for help"}}}
                """.formatted(last, email);
    }
}
