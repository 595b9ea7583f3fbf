package org.carecoord.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.assessment.AssessmentProcess;
import org.carecoord.assessment.AssessmentProcess.Fields;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.intake.IntakeProcess.Vars;
import org.carecoord.monitoring.MonitoringProcess;
import org.carecoord.monitoring.MonitoringProcess.ContactForm;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Invalid Tasklist form submissions through engine REST, on tasks reached through the real pathway and worked by
 * their coordinator: each is refused with 400 naming the field, without echoing the value, and leaves the task open
 * with its variables unchanged; a valid submission completes the task.
 */
class FormSubmissionValidationIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOO_LONG = "Zq".repeat(600);

    private Api api;
    private int refused;

    @Test
    void invalidSubmissionsAreRefusedFieldByFieldAndChangeNothing() {
        api = new Api(port);
        // a new referral from a hospital: consent in the team queue, claimed by the coordinator who takes it
        String caseNumber = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ivy", IntakeApiITFixtures.uniqueName(), "1950-05-05", "routine"))
                .json()
                .get("caseNumber")
                .asText();
        Task consent = task(caseNumber, IntakeProcess.TASK_RECORD_CONSENT);
        assertThat(api.post(
                                "/engine-rest/task/" + consent.getId() + "/claim",
                                "coordinator",
                                "{\"userId\": \"coordinator\"}")
                        .status())
                .isEqualTo(204);
        ObjectNode validConsent = vars(Map.of(
                Vars.CONSENT_DECISION.name(),
                "given",
                Vars.SHARE_WITH_PROVIDERS.name(),
                true,
                Vars.CONTACT_PREFERENCE.name(),
                "phone",
                Vars.CONSENT_GIVEN_BY.name(),
                "patient",
                Vars.CONSENT_METHOD.name(),
                "verbal"));
        var consentBefore = tasks.getVariables(consent.getId());

        refuse(consent, "coordinator", validConsent, Vars.CONSENT_DECISION.name(), v("\"maybe-later\""), "maybe-later");
        refuse(consent, "coordinator", validConsent, Vars.CONSENT_DECISION.name(), v("null"), null);
        refuse(consent, "coordinator", validConsent, Vars.CONSENT_METHOD.name(), v("\"\""), null);
        refuse(
                consent,
                "coordinator",
                validConsent,
                Vars.CONSENT_METHOD.name(),
                v("\"carrier-pigeon\""),
                "carrier-pigeon");
        refuse(consent, "coordinator", validConsent, Vars.CONSENT_GIVEN_BY.name(), v("\"neighbour-x\""), "neighbour-x");
        refuse(consent, "coordinator", validConsent, Vars.CONTACT_PREFERENCE.name(), v("\"telepathy\""), "telepathy");
        refuse(consent, "coordinator", validConsent, Vars.SHARE_WITH_PROVIDERS.name(), v("\"true\""), null);
        refuse(consent, "coordinator", validConsent, Vars.SHARE_WITH_PROVIDERS.name(), v("1"), null);
        refuse(consent, "coordinator", validConsent, Vars.CONTACT_TIMES.name(), v("\"" + TOO_LONG + "\""), TOO_LONG);
        refuse(consent, "coordinator", validConsent, Vars.CONTACT_TIMES.name(), v("42"), null);
        refuse(consent, "coordinator", validConsent, "caseCoordinator", v("\"coordinator2\""), "coordinator2");
        refuse(consent, "coordinator", validConsent, "isAdmin", v("true"), null);
        unchanged(consent, consentBefore);

        assertThat(submit(consent, "coordinator", validConsent).status()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(consent.getId()).count()).isZero();

        // the assessment that follows: readmission risk (LACE), assigned to the case's coordinator
        JobRunner.runDueJobs(management);
        Task lace = task(caseNumber, AssessmentProcess.TASK_ASSESS_READMISSION_RISK);
        ObjectNode validLace = vars(Map.of(
                Fields.LACE_ADMINISTERED.name(),
                true,
                Fields.LENGTH_OF_STAY_DAYS.name(),
                4,
                Fields.ADMISSION_TYPE.name(),
                "emergency",
                Fields.CHARLSON_INDEX.name(),
                2,
                Fields.ED_VISITS_6M.name(),
                1));
        var laceBefore = tasks.getVariables(lace.getId());
        String worker = lace.getAssignee();

        refuse(lace, worker, validLace, Fields.LENGTH_OF_STAY_DAYS.name(), v("-5"), null);
        refuse(lace, worker, validLace, Fields.LENGTH_OF_STAY_DAYS.name(), v("366"), null);
        // required while shown: the form shows the LACE items once LACE is administered
        refuse(lace, worker, validLace, Fields.LENGTH_OF_STAY_DAYS.name(), v("null"), null);
        refuse(lace, worker, validLace, Fields.LENGTH_OF_STAY_DAYS.name(), v("1000000000000"), "1000000000000");
        refuse(lace, worker, validLace, Fields.LENGTH_OF_STAY_DAYS.name(), v("\"4\""), null);
        refuse(lace, worker, validLace, Fields.CHARLSON_INDEX.name(), v("38"), null);
        refuse(lace, worker, validLace, Fields.ED_VISITS_6M.name(), v("101"), null);
        refuse(lace, worker, validLace, Fields.ADMISSION_TYPE.name(), v("\"walk-in-xyz\""), "walk-in-xyz");
        refuse(lace, worker, validLace, Fields.LACE_ADMINISTERED.name(), v("\"true\""), null);
        refuse(lace, worker, validLace, "riskTier", v("\"low\""), null);
        unchanged(lace, laceBefore);

        // a demo case in monitoring: Rosa Delgado's outreach contact is due, worked by her coordinator
        Task contact = tasks.createTaskQuery()
                .taskDefinitionKey(MonitoringProcess.TASK_OUTREACH_CONTACT)
                .processInstanceBusinessKey(jdbc.queryForObject(
                        "select c.case_number from care_case c join patient p"
                                + " on p.id = c.patient_id where p.first_name = 'Rosa' and p.last_name = 'Delgado'"
                                + " and c.status = 'active'",
                        String.class))
                .singleResult();
        ObjectNode validContact = vars(Map.of(
                ContactForm.REACHED.name(),
                "yes",
                ContactForm.CHANNEL.name(),
                "phone",
                ContactForm.MINUTES_SPENT.name(),
                25,
                ContactForm.PATIENT_STATUS.name(),
                "stable"));
        var contactBefore = tasks.getVariables(contact.getId());
        String rosasCoordinator = contact.getAssignee();

        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.MINUTES_SPENT.name(),
                v("1000000000000"),
                "1000000000000");
        refuse(contact, rosasCoordinator, validContact, ContactForm.MINUTES_SPENT.name(), v("-1"), null);
        refuse(contact, rosasCoordinator, validContact, ContactForm.MINUTES_SPENT.name(), v("12.5"), "12.5");
        refuse(contact, rosasCoordinator, validContact, ContactForm.MINUTES_SPENT.name(), v("\"25\""), null);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.MINUTES_SPENT.name(),
                "{\"value\": 25, \"type\": \"String\"}",
                null);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.REACHED.name(),
                v("\"perhaps-xyz\""),
                "perhaps-xyz");
        refuse(contact, rosasCoordinator, validContact, ContactForm.CHANNEL.name(), v("\"fax-xyz\""), "fax-xyz");
        refuse(contact, rosasCoordinator, validContact, ContactForm.CHANNEL.name(), v("null"), null);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.PATIENT_STATUS.name(),
                v("\"ecstatic-xyz\""),
                "ecstatic-xyz");
        refuse(contact, rosasCoordinator, validContact, ContactForm.PATIENT_STATUS.name(), v("null"), null);
        refuse(contact, rosasCoordinator, validContact, ContactForm.MEDICATION_CONCERNS.name(), v("\"true\""), null);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.EPISODE_ENDS.name(),
                v("\"on-holiday-xyz\""),
                "on-holiday-xyz");
        refuse(contact, rosasCoordinator, validContact, ContactForm.NOTE.name(), v("\"" + TOO_LONG + "\""), TOO_LONG);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.NEW_NEEDS.name(),
                json("[\"housing\", \"spaceship-xyz\"]"),
                "spaceship-xyz");
        refuse(contact, rosasCoordinator, validContact, ContactForm.NEW_NEEDS.name(), v("[\"housing\"]"), null);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.BARRIERS.name(),
                json("[\"teleport-xyz\"]"),
                "teleport-xyz");
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.APPOINTMENT_1.name() + ".date",
                ContactForm.APPOINTMENT_1.name(),
                json("{\"date\": \"31/31/2027\"}"),
                "31/31/2027");
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.APPOINTMENT_1.name() + ".time",
                ContactForm.APPOINTMENT_1.name(),
                json("{\"time\": \"25:99 XM\"}"),
                "25:99 XM");
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.APPOINTMENT_2.name() + ".provider",
                ContactForm.APPOINTMENT_2.name(),
                json("{\"provider\": \"" + TOO_LONG + "\"}"),
                TOO_LONG);
        refuse(
                contact,
                rosasCoordinator,
                validContact,
                ContactForm.APPOINTMENT_3.name() + ".room",
                ContactForm.APPOINTMENT_3.name(),
                json("{\"room\": \"B-12-xyz\"}"),
                "B-12-xyz");
        refuse(contact, rosasCoordinator, validContact, "minutesThisMonth", v("999"), null);
        unchanged(contact, contactBefore);

        assertThat(refused).as("invalid submissions").isGreaterThanOrEqualTo(40);
    }

    /** Submits the valid form with one variable replaced by sent (as engine REST takes it: {"value": …}). */
    private void refuse(Task task, String user, ObjectNode valid, String field, String sent, String echo) {
        refuse(task, user, valid, field, field, sent, echo);
    }

    /** field is where the error is expected, variable the submitted variable (a group's path for its fields). */
    private void refuse(
            Task task, String user, ObjectNode valid, String field, String variable, String sent, String echo) {
        ObjectNode submission = valid.deepCopy();
        try {
            submission.set(variable, JSON.readTree(sent));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
        var response = submit(task, user, submission);
        String what = task.getTaskDefinitionKey() + " " + field;
        assertThat(response.status()).as(what + ": " + response.body()).isEqualTo(400);
        JsonNode body = response.json();
        assertThat(body.path("type").asText()).as(what).isEqualTo("InvalidRequestException");
        assertThat(body.path("message").asText()).as(what).contains(field);
        assertThat(body.path("errors").findValuesAsText("field")).as(what).contains(field);
        if (echo != null) {
            assertThat(response.body()).as(what + " echoes the value").doesNotContain(echo);
        }
        refused++;
    }

    private static String v(String rawJsonValue) {
        return "{\"value\": " + rawJsonValue + "}";
    }

    private Api.Response submit(Task task, String user, ObjectNode variables) {
        return api.post(
                "/engine-rest/task/" + task.getId() + "/submit-form",
                user,
                JSON.createObjectNode().set("variables", variables).toString());
    }

    private void unchanged(Task task, Map<String, Object> before) {
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count())
                .as("still open")
                .isEqualTo(1);
        assertThat(tasks.getVariables(task.getId())).as("variables unchanged").isEqualTo(before);
    }

    private Task task(String caseNumber, String definitionKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey(definitionKey)
                .singleResult();
    }

    /** A Json variable as Tasklist sends a list or group: its serialized text. */
    private static String json(String serialized) {
        return JSON.createObjectNode()
                .put("type", "Json")
                .put("value", serialized)
                .toString();
    }

    private static ObjectNode vars(Map<String, Object> values) {
        ObjectNode variables = JSON.createObjectNode();
        values.forEach(
                (name, value) -> variables.set(name, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
        return variables;
    }
}
