package org.carecoord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.forms.FormField.Kind;
import org.junit.jupiter.api.Test;

/** Rules read from the real forms/, and submissions checked against them as engine REST receives them. */
class FormSubmissionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rulesComeFromTheFormSchema() throws IOException {
        var fields = schema("monitoring-outreach-contact").fields();

        assertThat(fields.get("minutesSpent")).satisfies(f -> {
            assertThat(f.kind()).isEqualTo(Kind.NUMBER);
            assertThat(f.required()).isTrue();
            assertThat(f.min()).isEqualByComparingTo("0");
            assertThat(f.max()).isEqualByComparingTo("600");
            assertThat(f.integral()).isTrue();
        });
        assertThat(fields.get("episodeEnds").options())
                .extracting(JsonNode::asText)
                .contains("deceased", "transferred");
        assertThat(fields.get("channel").valuesKey()).isEqualTo(OptionLists.CONTACT_CHANNELS);
        assertThat(fields.get("patientStatus").conditional()).isTrue();
        assertThat(fields.get("medicationConcerns").kind()).isEqualTo(Kind.BOOLEAN);
        assertThat(fields.get("contactNote").maxLength()).isEqualTo(1000);
        // a group with a path is one submitted object of its fields
        assertThat(fields.get("appointment1").kind()).isEqualTo(Kind.OBJECT);
        assertThat(fields.get("appointment1").children())
                .extracting(FormField::key)
                .containsExactly("date", "time", "provider");
        assertThat(fields).doesNotContainKeys("date", "Field_ContactIntro");
    }

    @Test
    void valuesKeyDisabledAndEmailAreRead() throws IOException {
        assertThat(schema("care-planning-educate-patient")
                        .fields()
                        .get("materialsGiven")
                        .valuesKey())
                .isEqualTo("materialOptions");
        assertThat(schema("care-planning-approve-care-plan").fields().values()).anyMatch(FormField::fixed);
        assertThat(schema("care-episode-start").fields().get("email").email()).isTrue();
        assertThat(schema("care-episode-start").fields().get("dateOfBirth").pattern())
                .isNotNull();
    }

    @Test
    void validOutreachSubmissionPasses() throws IOException {
        assertThat(check("monitoring-outreach-contact", """
                {"reached": {"value": "yes"}, "channel": {"value": "phone"}, "minutesSpent": {"value": 25},
                 "patientStatus": {"value": "stable"}, "medicationConcerns": {"value": false},
                 "newNeeds": {"type": "Json", "value": "[\\"housing\\"]"},
                 "appointment1": {"type": "Json", "value": "{\\"date\\": \\"03/04/2027\\", \\"time\\": \\"2:30 PM\\"}"},
                 "contactNote": {"value": null}, "episodeEnds": {"value": null}}
                """, "{}")).isEmpty();
    }

    @Test
    void eachRuleNamesTheFieldWithoutTheValue() throws IOException {
        assertThat(fields(check("monitoring-outreach-contact", """
                {"reached": {"value": "maybe"}, "channel": {"value": "phone"},
                 "minutesSpent": {"value": 1000000000000}, "medicationConcerns": {"value": "true"},
                 "newNeeds": {"type": "Json", "value": "[\\"spaceship\\"]"},
                 "appointment1": {"type": "Json", "value": "{\\"date\\": \\"31/31/2027\\", \\"extra\\": 1}"},
                 "contactNote": {"value": "%s"}, "secret": {"value": "x"}}
                """.formatted("n".repeat(1001)), "{}")))
                .containsExactlyInAnyOrder(
                        "reached",
                        "minutesSpent",
                        "medicationConcerns",
                        "newNeeds",
                        "appointment1.date",
                        "appointment1.extra",
                        "contactNote",
                        "secret");
        // a boolean sent as text is refused by its type before any value rule
        assertThat(
                        fields(
                                check(
                                        "monitoring-outreach-contact",
                                        "{\"medicationConcerns\": {\"value\": \"true\"}}",
                                        "{\"reached\": \"yes\", \"channel\": \"phone\", \"minutesSpent\": 5, \"patientStatus\": \"stable\"}")))
                .containsExactly("medicationConcerns");
        List<FieldError> errors = check(
                "monitoring-outreach-contact",
                "{\"minutesSpent\": {\"value\": 1000000000000}, \"reached\": {\"value\": \"yes\"},"
                        + " \"channel\": {\"value\": \"phone\"}}",
                "{\"patientStatus\": \"stable\"}");
        assertThat(errors)
                .singleElement()
                .satisfies(e -> assertThat(e.message())
                        .contains("minutesSpent", "at most 600")
                        .doesNotContain("1000000000000"));
    }

    @Test
    void requiredIsMetByAValueAlreadyStoredButNotBySendingItEmpty() throws IOException {
        String current = "{\"reached\": \"yes\", \"channel\": \"phone\", \"minutesSpent\": 5,"
                + " \"patientStatus\": \"stable\"}";
        assertThat(check("monitoring-outreach-contact", "{}", current)).isEmpty();
        assertThat(fields(check("monitoring-outreach-contact", "{\"channel\": {\"value\": \"\"}}", current)))
                .containsExactly("channel");
    }

    @Test
    void aConditionallyShownFieldIsRequiredOnlyWhileShown() throws IOException {
        assertThat(fields(
                        check("assessment-assess-readmission-risk", "{\"laceAdministered\": {\"value\": true}}", "{}")))
                .containsExactlyInAnyOrder("lengthOfStayDays", "admissionType", "charlsonIndex", "edVisits6m");
        assertThat(check("assessment-assess-readmission-risk", "{\"laceAdministered\": {\"value\": false}}", "{}"))
                .isEmpty();
        String reached = "{\"reached\": {\"value\": \"%s\"}, \"channel\": {\"value\": \"phone\"},"
                + " \"minutesSpent\": {\"value\": 5}}";
        assertThat(fields(check("monitoring-outreach-contact", reached.formatted("yes"), "{}")))
                .containsExactly("patientStatus");
        assertThat(check("monitoring-outreach-contact", reached.formatted("no"), "{}"))
                .isEmpty();
    }

    @Test
    void optionsFromValuesKeyAreTheTasksVariable() throws IOException {
        String current = "{\"materialOptions\": [{\"label\": \"Heart failure\", \"value\": \"hf-basics\"}]}";
        assertThat(check(
                        "care-planning-educate-patient",
                        "{\"materialsGiven\": {\"type\": \"Json\", \"value\": \"[\\\"hf-basics\\\"]\"}}",
                        current))
                .isEmpty();
        assertThat(fields(check(
                        "care-planning-educate-patient",
                        "{\"materialsGiven\": {\"type\": \"Json\", \"value\": \"[\\\"other\\\"]\"}}",
                        current)))
                .containsExactly("materialsGiven");
    }

    @Test
    void readOnlyFieldsMustKeepTheirValue() throws IOException {
        FormField fixed = schema("care-planning-approve-care-plan").fields().values().stream()
                .filter(FormField::fixed)
                .findFirst()
                .orElseThrow();
        String current = "{\"" + fixed.key() + "\": [\"housing\"]}";
        assertThat(fields(check(
                        "care-planning-approve-care-plan",
                        "{\"" + fixed.key() + "\": {\"type\": \"Json\", \"value\": \"[\\\"food\\\"]\"}}",
                        current)))
                .contains(fixed.key());
        assertThat(fields(check(
                        "care-planning-approve-care-plan",
                        "{\"" + fixed.key() + "\": {\"type\": \"Json\", \"value\": \"[\\\"housing\\\"]\"}}",
                        current)))
                .doesNotContain(fixed.key());
    }

    @Test
    void typesMustSuitTheField() throws IOException {
        assertThat(fields(check("monitoring-outreach-contact", """
                {"minutesSpent": {"value": "25"}, "reached": {"value": "yes", "type": "String"},
                 "channel": {"value": "phone", "type": "Bytes"}, "newNeeds": {"value": ["housing"]}}
                """, "{\"patientStatus\": \"stable\"}")))
                .containsExactlyInAnyOrder("minutesSpent", "channel", "newNeeds");
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    private static List<FieldError> check(String form, String variables, String current) throws IOException {
        return FormSubmission.check(schema(form), JSON.readTree(variables), JSON.readTree(current));
    }

    private static FormSchema schema(String form) throws IOException {
        try (InputStream in = FormSubmissionTest.class.getResourceAsStream("/forms/" + form + ".form")) {
            return FormSchema.read(in);
        }
    }
}
