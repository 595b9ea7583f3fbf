package org.carecoord.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.support.Api;
import org.carecoord.support.EngineTables;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.SeededPhi;
import org.carecoord.variables.Var;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A walk-in started from the Tasklist start form: the same REST call Tasklist makes when the form is submitted. */
class WalkInIT extends PostgresIntegrationTest {

    private static final String SUBMIT =
            "/engine-rest/process-definition/key/" + CareEpisodeProcess.KEY + "/submit-form";

    @Autowired
    RuntimeService runtimeService;

    @Test
    void startFormRegistersTheWalkInUnderItsCaseNumber() {
        String last = IntakeApiITFixtures.uniqueName();

        var response = new Api(port).post(SUBMIT, "coordinator", form("Kay", last, "1949-09-09", "kay@example.org"));

        assertThat(response.status()).isEqualTo(200);
        String processInstanceId = response.json().get("id").asText();
        var episode = runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        var row = jdbc.queryForMap(
                "select c.case_number, c.status, c.opened_by, c.process_instance_id "
                        + "from care_case c join patient p on p.id = c.patient_id where p.last_name = ?",
                last);
        assertThat(episode.getBusinessKey()).isEqualTo(row.get("case_number"));
        assertThat(row)
                .containsEntry("status", "planned")
                .containsEntry("opened_by", "coordinator")
                .containsEntry("process_instance_id", processInstanceId);
        assertThat(runtimeService.getVariables(processInstanceId))
                .containsKeys(CareEpisodeProcess.Vars.CASE_ID.name(), CareEpisodeProcess.Vars.CASE_NUMBER.name())
                .doesNotContainKeys(
                        Var.names(CareEpisodeProcess.StartForm.PATIENT_FIELDS).toArray(String[]::new));
    }

    @Test
    void noPersonalDetailOfTheWalkInIsLeftInAnyEngineTable() {
        String first = "Quilla" + IntakeApiITFixtures.uniqueName();
        String last = IntakeApiITFixtures.uniqueName();
        String dateOfBirth = "1931-07-23";
        String email = last.toLowerCase() + "@walkin.example.org";
        String phone = "+1 555 0177 " + (1000 + last.hashCode() % 9000 + 9000) % 9000;
        String address = "77 " + last + " Lane, Springfield";
        String guardian = "Guardian " + last;
        String reason = "walked in after a fall, " + last + " lives alone";
        List<String> personal = List.of(first, last, dateOfBirth, email, phone, address, guardian, reason);
        SeededPhi.register(personal);

        var response = new Api(port).post(SUBMIT, "coordinator", """
                {"variables": {
                  "firstName": {"value": "%s"}, "lastName": {"value": "%s"}, "dateOfBirth": {"value": "%s"},
                  "sex": {"value": "female"}, "preferredLanguage": {"value": "en"}, "email": {"value": "%s"},
                  "phone": {"value": "%s"}, "address": {"value": "%s"}, "guardianName": {"value": "%s"},
                  "program": {"value": "chronic-care"}, "urgency": {"value": "routine"},
                  "referralSource": {"value": "self"}, "reasonForReferral": {"value": "%s"}}}
                """.formatted(
                        first, last, dateOfBirth, email, phone, address, guardian, reason));

        assertThat(response.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "select count(*) from patient where last_name = ? and phone = ?", Integer.class, last, phone))
                .as("registered in the case record")
                .isOne();
        var hits = new EngineTables(jdbc).find(personal);
        assertThat(hits).as(EngineTables.describe(hits)).isEmpty();
    }

    @Test
    void invalidStartFormIsRefusedWithTheFieldsNamedAndNothingSaved() {
        String last = IntakeApiITFixtures.uniqueName();
        long episodes = runtimeService.createProcessInstanceQuery().count();

        var response = new Api(port).post(SUBMIT, "coordinator", form("Lee", last, "2999-01-01", "not-an-email"));

        // the deployed start form's own rules refuse it before the engine runs; Tasklist shows the message
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("message").asText())
                .contains("dateOfBirth", "email")
                .doesNotContain("not-an-email", "2999-01-01");
        assertThat(jdbc.queryForObject("select count(*) from patient where last_name = ?", Integer.class, last))
                .isZero();
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(episodes);
    }

    @Test
    void walkInOfAPatientWithAnOpenCaseIsRefusedNamingTheCase() {
        String last = IntakeApiITFixtures.uniqueName();
        var api = new Api(port);
        api.post(SUBMIT, "coordinator", form("May", last, "1951-01-01", "may@example.org"));
        String openCase = jdbc.queryForObject(
                "select c.case_number from care_case c join patient p "
                        + "on p.id = c.patient_id where p.last_name = ?",
                String.class,
                last);

        var again = api.post(SUBMIT, "coordinator", form("May", last, "1951-01-01", "may@example.org"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText())
                .contains(openCase)
                .doesNotContain(CareEpisodeProcess.KEY + ":");
    }

    private static String form(String first, String last, String dateOfBirth, String email) {
        SeededPhi.register(first, last, dateOfBirth, email);
        return """
                {"variables": {
                  "firstName": {"value": "%s"}, "lastName": {"value": "%s"}, "dateOfBirth": {"value": "%s"},
                  "sex": {"value": "female"}, "preferredLanguage": {"value": "en"}, "email": {"value": "%s"},
                  "phone": {"value": null}, "address": {"value": null}, "guardianName": {"value": null},
                  "program": {"value": "chronic-care"}, "urgency": {"value": "routine"},
                  "referralSource": {"value": "self"}, "reasonForReferral": {"value": "walked in asking for help"}}}
                """.formatted(first, last, dateOfBirth, email);
    }
}
