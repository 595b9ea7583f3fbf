package org.carecoord.fhir.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carecoord.intake.IntakeApiITFixtures.uniqueName;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.task.Task;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.intake.IntakeProcess;
import org.carecoord.support.FhirValidators;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** POST /api/fhir/Bundle as a hospital's referral system sends it, against the running application on PostgreSQL. */
class FhirReferralIT extends PostgresIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLE = Path.of("docs/examples/fhir-referral-bundle.json");
    private static final String FHIR_JSON = "application/fhir+json";

    @Autowired
    FhirContext fhir;

    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String contentType, String location, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + body, e);
            }
        }
    }

    @Test
    void theReadmeExampleStartsAPlannedEpisodeWaitingForConsentInTheTeamQueue() throws IOException {
        // the example as published, made unique by its family name and record number
        String last = uniqueName();
        String mrn = "MRN-" + last;
        String body = Files.readString(EXAMPLE).replace("Quillfeather", last).replace("MRN-0042-7731", mrn);

        Answer answer = post("coordinator", FHIR_JSON, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.contentType()).startsWith(FHIR_JSON);
        assertValid(answer);
        JsonNode response = answer.json();
        assertThat(response.get("resourceType").asText()).isEqualTo("Bundle");
        assertThat(response.get("type").asText()).isEqualTo("transaction-response");
        var row = jdbc.queryForMap(
                "select c.id, c.case_number, c.status, c.program, c.urgency, c.referral_source, c.reason_for_referral,"
                        + " c.process_instance_id, p.id as patient_id, p.first_name, p.date_of_birth, p.sex, p.phone,"
                        + " p.email, p.address, p.preferred_language, p.guardian_name, p.mrn"
                        + " from care_case c join patient p on p.id = c.patient_id where p.last_name = ?",
                last);
        long caseId = ((Number) row.get("id")).longValue();
        String caseNumber = (String) row.get("case_number");
        JsonNode entries = response.get("entry");
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).at("/response/status").asText()).isEqualTo("201 Created");
        assertThat(entries.get(0).at("/response/location").asText()).isEqualTo("Patient/" + row.get("patient_id"));
        assertThat(entries.get(1).at("/response/status").asText()).isEqualTo("201 Created");
        assertThat(entries.get(1).at("/response/location").asText())
                .isEqualTo("ServiceRequest/" + caseNumber + "-referral");
        assertThat(entries.get(2).at("/response/status").asText()).isEqualTo("201 Created");
        assertThat(entries.get(2).at("/response/location").asText()).isEqualTo("EpisodeOfCare/" + caseNumber);
        assertThat(answer.location()).isEqualTo("/api/cases/" + caseId);

        // the mapping table of the README, field by field
        assertThat(row)
                .containsEntry("status", "planned")
                .containsEntry("program", "transitional-care")
                .containsEntry("urgency", "urgent")
                .containsEntry("referral_source", "Springfield General Hospital, discharge planning")
                .containsEntry(
                        "reason_for_referral",
                        "Discharged after heart failure admission; second admission this year\n"
                                + "Lives alone; daughter visits weekly")
                .containsEntry("first_name", "Marisol")
                .containsEntry("sex", "female")
                .containsEntry("phone", "+1 555 0134 210")
                .containsEntry("email", "marisol.q@example.org")
                .containsEntry("address", "27 Larkspur Lane, 62704 Springfield")
                .containsEntry("preferred_language", "es")
                .containsEntry("mrn", mrn);
        assertThat(row.get("date_of_birth").toString()).isEqualTo("1951-07-14");
        assertThat(row.get("guardian_name")).isNull();

        // the same state as a JSON intake: the episode runs under the case number, consent waits in the team queue
        var episode = runtime.createProcessInstanceQuery()
                .processInstanceId((String) row.get("process_instance_id"))
                .singleResult();
        assertThat(episode.getBusinessKey()).isEqualTo(caseNumber);
        Task consent =
                tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        assertThat(consent.getTaskDefinitionKey()).isEqualTo(IntakeProcess.TASK_RECORD_CONSENT);
        assertThat(consent.getAssignee()).isNull();
        assertThat(tasks.createTaskQuery()
                        .taskId(consent.getId())
                        .taskCandidateGroup("coordinators")
                        .count())
                .isEqualTo(1);
    }

    @Test
    void theHospitalsRecordNumberFindsAKnownPatientWhoseNameIsSpelledDifferently() {
        String last = uniqueName();
        String mrn = "MRN-" + last;
        Answer first = post("coordinator", FHIR_JSON, referral(b -> {
            patient(b)
                    .withArray("name")
                    .removeAll()
                    .addObject()
                    .put("family", last)
                    .putArray("given")
                    .add("Katherine");
            identifier(b).put("value", mrn);
        }));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstPatient =
                first.json().get("entry").get(0).at("/response/location").asText();
        declineConsent(caseNumberOf(first));
        int patients = count("patient");

        // another clerk's spelling, the same number and birth date, sent as plain application/json
        Answer again = post("coordinator", "application/json", referral(b -> {
            patient(b)
                    .withArray("name")
                    .removeAll()
                    .addObject()
                    .put("family", last + "e")
                    .putArray("given")
                    .add("Kathy");
            identifier(b).put("value", mrn);
        }));

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertValid(again);
        JsonNode patientEntry = again.json().get("entry").get(0);
        assertThat(patientEntry.at("/response/location").asText()).isEqualTo(firstPatient);
        assertThat(patientEntry.at("/response/status").asText())
                .as("a matched patient is not created")
                .isEqualTo("200 OK");
        assertThat(count("patient")).isEqualTo(patients);
    }

    @Test
    void aPatientWithAnOpenEpisodeIsAConflictNamingTheOpenCaseAndNothingIsStored() {
        String last = uniqueName();
        String body = referral(b -> {
            ((ObjectNode) patient(b).withArray("name").get(0)).put("family", last);
            identifier(b).put("value", "MRN-" + last);
        });
        Answer first = post("coordinator", FHIR_JSON, body);
        assertThat(first.status()).isEqualTo(201);
        String caseNumber = caseNumberOf(first);
        Counts before = counts();

        Answer again = post("manager", FHIR_JSON, body);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith(FHIR_JSON);
        assertValid(again);
        JsonNode issue = onlyIssue(again);
        assertThat(issue.get("code").asText()).isEqualTo("conflict");
        assertThat(issue.get("severity").asText()).isEqualTo("error");
        assertThat(issue.get("diagnostics").asText()).contains(caseNumber);
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> invalidReferrals() {
        return Stream.of(
                invalid(
                        "birth date in the future",
                        "value",
                        "Bundle.entry[0].resource.birthDate",
                        "2999-01-01",
                        b -> patient(b).put("birthDate", "2999-01-01")),
                invalid(
                        "birth date of another format",
                        "value",
                        "Bundle.entry[0].resource.birthDate",
                        "14/07/1951",
                        b -> patient(b).put("birthDate", "14/07/1951")),
                invalid(
                        "birth year only",
                        "value",
                        "Bundle.entry[0].resource.birthDate",
                        null,
                        b -> patient(b).put("birthDate", "1951")),
                invalid(
                        "no birth date",
                        "required",
                        "Bundle.entry[0].resource.birthDate",
                        null,
                        b -> patient(b).remove("birthDate")),
                invalid(
                        "gender not a code",
                        "value",
                        "Bundle.entry[0].resource.gender",
                        "feminine",
                        b -> patient(b).put("gender", "feminine")),
                invalid(
                        "no name",
                        "required",
                        "Bundle.entry[0].resource.name",
                        null,
                        b -> patient(b).remove("name")),
                invalid(
                        "no given name",
                        "required",
                        "Bundle.entry[0].resource.name[0].given",
                        null,
                        b -> ((ObjectNode) patient(b).withArray("name").get(0)).remove("given")),
                invalid(
                        "e-mail not an address",
                        "value",
                        "Bundle.entry[0].resource.telecom[1].value",
                        "nobody-here",
                        b -> ((ObjectNode) patient(b).withArray("telecom").get(1)).put("value", "nobody-here")),
                invalid("no way to contact", "required", "Bundle.entry[0].resource.telecom", null, b -> {
                    patient(b).remove("telecom");
                    patient(b).remove("address");
                }),
                invalid(
                        "language not a tag",
                        "value",
                        "Bundle.entry[0].resource.communication[0].language",
                        "Espanol!",
                        b -> ((ObjectNode) patient(b)
                                        .withArray("communication")
                                        .get(0)
                                        .at("/language/coding/0"))
                                .put("code", "Espanol!")),
                invalid(
                        "record number with spaces",
                        "value",
                        "Bundle.entry[0].resource.identifier[0].value",
                        "12 34; drop",
                        b -> identifier(b).put("value", "12 34; drop")),
                invalid(
                        "program CareCoord does not offer",
                        "value",
                        "Bundle.entry[1].resource.category[0]",
                        null,
                        b -> ((ObjectNode) service(b).at("/category/0/coding/0")).put("code", "dental-care")),
                invalid("no program", "required", "Bundle.entry[1].resource.category", null, b -> {
                    service(b).remove("category");
                    service(b).remove("code");
                }),
                invalid(
                        "priority not a code",
                        "value",
                        "Bundle.entry[1].resource.priority",
                        null,
                        b -> service(b).put("priority", "whenever")),
                invalid(
                        "no requester",
                        "required",
                        "Bundle.entry[1].resource.requester",
                        null,
                        b -> service(b).remove("requester")),
                invalid("no reason", "required", "Bundle.entry[1].resource.reasonCode", null, b -> {
                    service(b).remove("reasonCode");
                    service(b).remove("note");
                }),
                invalid(
                        "subject not the Patient entry",
                        "structure",
                        "Bundle.entry[1].resource.subject",
                        null,
                        b -> service(b)
                                .with("subject")
                                .put("reference", "urn:uuid:00000000-0000-0000-0000-000000000000")),
                invalid(
                        "no subject",
                        "required",
                        "Bundle.entry[1].resource.subject",
                        null,
                        b -> service(b).remove("subject")),
                invalid("a batch, not a transaction", "structure", "Bundle.type", null, b -> b.put("type", "batch")),
                invalid(
                        "no Patient",
                        "required",
                        "Bundle.entry",
                        null,
                        b -> b.withArray("entry").remove(0)),
                invalid(
                        "no ServiceRequest",
                        "required",
                        "Bundle.entry",
                        null,
                        b -> b.withArray("entry").remove(1)),
                invalid(
                        "an entry that is not a POST",
                        "structure",
                        "Bundle.entry[0].request.method",
                        null,
                        b -> ((ObjectNode) b.withArray("entry").get(0).get("request")).put("method", "PUT")),
                invalid("a resource a referral does not take", "not-supported", "Bundle.entry[2].resource", null, b -> {
                    ObjectNode extra = b.withArray("entry").addObject();
                    extra.putObject("resource").put("resourceType", "Coverage").put("status", "active");
                    extra.putObject("request").put("method", "POST").put("url", "Coverage");
                }));
    }

    private static Arguments invalid(
            String name, String code, String expression, String refusedValue, Consumer<ObjectNode> change) {
        return Arguments.of(name, code, expression, refusedValue, referral(change));
    }

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @MethodSource("invalidReferrals")
    void anInvalidReferralIsRefusedNamingTheElementAndNothingIsStored(
            String name, String code, String expression, String refusedValue, String body) {
        // each case is a fresh patient, so that only the change under test can be wrong
        String unique = body.replace("Quillfeather", uniqueName());
        Counts before = counts();

        Answer answer = post("coordinator", FHIR_JSON, unique);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(FHIR_JSON);
        assertValid(answer);
        JsonNode outcome = answer.json();
        assertThat(outcome.get("resourceType").asText()).isEqualTo("OperationOutcome");
        assertThat(outcome.get("issue")).as(answer.body()).anySatisfy(issue -> {
            assertThat(issue.get("severity").asText()).isEqualTo("error");
            assertThat(issue.get("code").asText()).isEqualTo(code);
            assertThat(issue.get("expression").get(0).asText()).isEqualTo(expression);
        });
        assertThat(answer.body())
                .doesNotContain("Exception")
                .doesNotContain("at org.")
                .doesNotContain("HAPI-");
        if (refusedValue != null) {
            assertThat(answer.body()).as("the refused value is not repeated").doesNotContain(refusedValue);
        }
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> notAReferral() {
        String example = referral(b -> {});
        return Stream.of(
                Arguments.of("malformed JSON", "structure", null, "{\"resourceType\": \"Bundle\", \"entry\": ["),
                Arguments.of("no body", "required", null, ""),
                Arguments.of("not FHIR", "structure", null, "{\"resourceType\": \"Referral\", \"patient\": {}}"),
                Arguments.of(
                        "not a Bundle", "structure", null, "{\"resourceType\": \"Patient\", \"gender\": \"male\"}"),
                Arguments.of(
                        "a key twice",
                        "structure",
                        "Bundle.entry[0].resource.gender",
                        example.replace("\"gender\":\"female\"", "\"gender\":\"female\",\"gender\":\"male\"")),
                Arguments.of(
                        "an element FHIR does not have",
                        "structure",
                        null,
                        example.replace("\"gender\":\"female\"", "\"gender\":\"female\",\"shoeSize\":9")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("notAReferral")
    void aBodyThatIsNotAReferralBundleIsRefusedAsStructure(String name, String code, String expression, String body) {
        Counts before = counts();

        Answer answer = post("coordinator", FHIR_JSON, body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(FHIR_JSON);
        assertValid(answer);
        JsonNode issue = onlyIssue(answer);
        assertThat(issue.get("code").asText()).isEqualTo(code);
        if (expression != null) {
            assertThat(issue.get("expression").get(0).asText()).isEqualTo(expression);
        }
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("HAPI-");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyProblemIsOneIssueOfOneAnswer() {
        Answer answer = post("coordinator", FHIR_JSON, referral(b -> {
            patient(b).put("birthDate", "2999-01-01").put("gender", "feminine");
            service(b).remove("requester");
            service(b).put("priority", "whenever");
        }));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("issue"))
                .extracting(issue -> issue.get("expression").get(0).asText())
                .containsExactlyInAnyOrder(
                        "Bundle.entry[0].resource.birthDate",
                        "Bundle.entry[0].resource.gender",
                        "Bundle.entry[1].resource.priority",
                        "Bundle.entry[1].resource.requester");
    }

    @Test
    void reviewersMayNotReferAndAnonymousCallersMustSignIn() {
        Counts before = counts();
        String body = referral(b -> ((ObjectNode) patient(b).withArray("name").get(0)).put("family", uniqueName()));

        Answer reviewer = post("reviewer", FHIR_JSON, body);
        Answer anonymous = post(null, FHIR_JSON, body);

        assertThat(reviewer.status()).isEqualTo(403);
        assertThat(reviewer.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(counts()).isEqualTo(before);
    }

    // --- the example Bundle, changed per test

    private static String referral(Consumer<ObjectNode> change) {
        try {
            ObjectNode bundle = (ObjectNode) JSON.readTree(Files.readString(EXAMPLE));
            change.accept(bundle);
            return JSON.writeValueAsString(bundle);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode patient(ObjectNode bundle) {
        return (ObjectNode) bundle.withArray("entry").get(0).get("resource");
    }

    private static ObjectNode service(ObjectNode bundle) {
        return (ObjectNode) bundle.withArray("entry").get(1).get("resource");
    }

    private static ObjectNode identifier(ObjectNode bundle) {
        return (ObjectNode) ((ArrayNode) patient(bundle).get("identifier")).get(0);
    }

    // --- what is stored

    record Counts(int patients, int cases, long episodes) {}

    private Counts counts() {
        return new Counts(
                count("patient"),
                count("care_case"),
                runtime.createProcessInstanceQuery()
                        .processDefinitionKey(CareEpisodeProcess.KEY)
                        .count());
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private String caseNumberOf(Answer created) {
        String location =
                created.json().get("entry").get(2).at("/response/location").asText();
        return location.substring("EpisodeOfCare/".length());
    }

    private void declineConsent(String caseNumber) {
        Task consent =
                tasks.createTaskQuery().processInstanceBusinessKey(caseNumber).singleResult();
        tasks.complete(
                consent.getId(),
                Map.of(
                        IntakeProcess.Vars.CONSENT_DECISION.name(), "declined",
                        IntakeProcess.Vars.SHARE_WITH_PROVIDERS.name(), false,
                        IntakeProcess.Vars.CONSENT_GIVEN_BY.name(), "patient",
                        IntakeProcess.Vars.CONSENT_METHOD.name(), "verbal"));
        JobRunner.runDueJobs(management);
        assertThat(jdbc.queryForObject("select status from care_case where case_number = ?", String.class, caseNumber))
                .isEqualTo("cancelled");
    }

    // --- HTTP and FHIR

    private JsonNode onlyIssue(Answer answer) {
        JsonNode issues = answer.json().get("issue");
        assertThat(issues).as(answer.body()).hasSize(1);
        return issues.get(0);
    }

    /** Every FHIR answer validates against the base R4 profiles without an error. */
    private void assertValid(Answer answer) {
        assertThat(FhirValidators.errors(answer.body())).as(answer.body()).isEmpty();
    }

    private Answer post(String user, String contentType, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/fhir/Bundle"))
                .header("Content-Type", contentType)
                .header("Accept", FHIR_JSON)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
