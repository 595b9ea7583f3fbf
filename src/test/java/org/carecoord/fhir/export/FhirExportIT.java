package org.carecoord.fhir.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import org.carecoord.support.Api;
import org.carecoord.support.FhirValidators;
import org.carecoord.support.PostgresIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code GET /api/cases/{caseId}/fhir} on the demo data: every demo case's Bundle passes HAPI's validator without
 * an error, holds the resources its record implies and resolves its own references; access and audit as for any
 * case read.
 */
class FhirExportIT extends PostgresIntegrationTest {

    private static final String RESOURCE = "GET /api/cases/{caseId}/fhir";

    @Autowired
    FhirContext fhir;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void everyDemoCaseExportsAsABundleThatValidatesWithoutErrorAndHoldsItsWholeRecord() throws IOException {
        List<Long> caseIds = jdbc.queryForList("select id from care_case order by id", Long.class);
        assertThat(caseIds).hasSizeGreaterThanOrEqualTo(10);
        String fullest = "";
        int fullestEntries = 0;
        for (long caseId : caseIds) {
            var response = api.get(path(caseId), "manager");
            assertThat(response.status()).as("case %d", caseId).isEqualTo(200);
            assertThat(response.contentType()).startsWith("application/fhir+json");
            Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, response.body());
            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);

            var messages = FhirValidators.r4().validateWithResult(bundle).getMessages();
            List<SingleValidationMessage> errors = messages.stream()
                    .filter(m -> m.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                    .toList();
            assertThat(errors).as("case %d: %s", caseId, describe(errors)).isEmpty();
            long warnings = messages.stream()
                    .filter(m -> m.getSeverity() == ResultSeverityEnum.WARNING)
                    .count();
            System.out.printf(
                    "FHIR export of case %d: %d entries, %d validator warnings%n",
                    caseId, bundle.getEntry().size(), warnings);

            assertThat(countsByType(bundle)).as("case %d", caseId).isEqualTo(expectedCounts(caseId));
            assertThat(BundleChecks.unresolvedReferences(bundle))
                    .as("case %d", caseId)
                    .isEmpty();
            if (bundle.getEntry().size() > fullestEntries) {
                fullestEntries = bundle.getEntry().size();
                fullest = response.body();
            }
        }
        // the richest demo case's export, to read: target/fhir-export-demo-case.json
        Files.writeString(Path.of("target", "fhir-export-demo-case.json"), fullest);
    }

    @Test
    void theCasesCoordinatorReviewersAndManagersMayReadItAnotherCoordinatorMayNotAndEveryReadIsAudited() {
        Map<String, Object> row = jdbc.queryForMap("""
                select id, case_number, coordinator_id from care_case
                where coordinator_id = 'coordinator' order by id limit 1""");
        long caseId = ((Number) row.get("id")).longValue();
        String caseNumber = (String) row.get("case_number");
        String other = "coordinator2";
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(caseNumber)
                        .taskCandidateGroup("coordinators")
                        .count())
                .as("no team-queue task would let %s in", other)
                .isZero();

        assertThat(api.get(path(caseId), "coordinator").status()).isEqualTo(200);
        assertThat(api.get(path(caseId), "reviewer").status()).isEqualTo(200);
        assertThat(api.get(path(caseId), "manager").status()).isEqualTo(200);
        var refused = api.get(path(caseId), other);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("resourceType");

        assertThat(audited(caseId, "coordinator", "granted")).isEqualTo("coordinator");
        assertThat(audited(caseId, "reviewer", "granted")).isEqualTo("reviewer");
        assertThat(audited(caseId, "manager", "granted")).isEqualTo("manager");
        assertThat(audited(caseId, other, "denied")).isEqualTo("none");
    }

    @Test
    void anUnknownCaseIsNotFoundAsProblemJson() {
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from care_case", Long.class);
        var response = api.get(path(unknown), "manager");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("resourceType").doesNotContain("Exception");
    }

    /** The resources each part of the case's record implies, counted from CareCoord's own tables. */
    private Map<String, Integer> expectedCounts(long caseId) {
        Long planId = jdbc
                .query(
                        "select id from care_plan where case_id = ? order by version desc limit 1",
                        (rs, i) -> rs.getLong(1),
                        caseId)
                .stream()
                .findFirst()
                .orElse(null);
        int referrals = count("select count(*) from referral where case_id = ?", caseId);
        int results = count("select count(*) from assessment_result where case_id = ? and administered", caseId);
        var expected = new java.util.HashMap<String, Integer>();
        expected.put("Patient", 1);
        expected.put("EpisodeOfCare", 1);
        expected.put("CareTeam", 1);
        put(expected, "Practitioner", count("select count(coordinator_id) from care_case where id = ?", caseId));
        put(expected, "ServiceRequest", referrals);
        put(expected, "Task", referrals);
        put(expected, "Appointment", count("select count(*) from appointment where case_id = ?", caseId));
        put(
                expected,
                "Coverage",
                count(
                        "select count(*) from coverage where patient_id = (select patient_id from care_case where id = ?)",
                        caseId));
        put(expected, "Consent", Math.min(1, count("select count(*) from consent where case_id = ?", caseId)));
        put(expected, "Observation", results);
        put(expected, "QuestionnaireResponse", results);
        put(expected, "Encounter", count("select count(*) from hospital_stay where case_id = ?", caseId));
        if (planId != null) {
            expected.put("CarePlan", 1);
            put(expected, "Goal", count("select count(*) from care_plan_goal where care_plan_id = ?", planId));
            put(expected, "Condition", count("""
                            select count(*) from (select code from care_plan_problem where care_plan_id = ?
                                                  union select problem_code from care_plan_goal where care_plan_id = ?
                                                  union select problem_code from care_plan_intervention
                                                        where care_plan_id = ?) problems""", planId, planId, planId));
        }
        return expected;
    }

    private static void put(Map<String, Integer> expected, String type, int count) {
        if (count > 0) {
            expected.put(type, count);
        }
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    private static Map<String, Integer> countsByType(Bundle bundle) {
        return bundle.getEntry().stream()
                .collect(Collectors.groupingBy(e -> e.getResource().fhirType(), Collectors.summingInt(e -> 1)));
    }

    private String audited(long caseId, String user, String outcome) {
        return jdbc.queryForObject("""
                select basis from audit_event
                where case_id = ? and user_id = ? and resource = ? and outcome = ? and action = 'case-read'
                order by id desc limit 1""", String.class, caseId, user, RESOURCE, outcome);
    }

    private static String path(long caseId) {
        return "/api/cases/" + caseId + "/fhir";
    }

    private static String describe(List<SingleValidationMessage> messages) {
        return messages.stream()
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .collect(Collectors.joining("\n"));
    }
}
