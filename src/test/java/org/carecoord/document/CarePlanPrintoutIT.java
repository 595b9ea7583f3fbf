package org.carecoord.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@code GET /api/cases/{caseId}/care-plans/{version}} with {@code Accept: application/pdf} for a case taken the real
 * way to an active plan: the PDF opens and says the goals, in Spanish for a Spanish-speaking patient; the JSON form
 * of the URL is unchanged; each printout is a PHI read with its own audit row.
 */
class CarePlanPrintoutIT extends PostgresIntegrationTest {

    @Autowired
    ApplicationContext context;

    private DocumentHttp http;

    @BeforeEach
    void client() {
        http = new DocumentHttp(port);
    }

    @Test
    void thePrintoutOpensWithPdfBoxAndSaysThePatientsGoalsWhileTheJsonFormStays() {
        var planned = CaseWithPlan.create(port, context, "Nora");
        String plan = "/api/cases/" + planned.caseId() + "/care-plans/1";

        var pdf = http.get(plan, planned.coordinator(), "application/pdf");
        assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        String text = TestFiles.textOf(pdf.body());
        assertThat(text)
                .contains("Your care plan", planned.patientName(), CaseWithPlan.GOAL, CaseWithPlan.INTERVENTION)
                .contains("Who to call", "Your care coordinator:");

        var json = http.get(plan, planned.coordinator(), "application/json");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.contentType()).startsWith("application/json");
        assertThat(json.json().get("version").asInt()).isEqualTo(1);
        var anything = http.get(plan, planned.coordinator(), "*/*");
        assertThat(anything.contentType())
                .as("a client that accepts anything keeps the JSON")
                .startsWith("application/json");

        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = ? and case_id = ? and user_id = ?",
                        Integer.class,
                        DocumentAudit.CARE_PLAN_PRINTOUT,
                        planned.caseId(),
                        planned.coordinator()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'case-read' and case_id = ?"
                                + " and resource = 'GET /api/cases/{caseId}/care-plans/{version}'",
                        Integer.class,
                        planned.caseId()))
                .as("the interceptor's PHI read, for the PDF and the JSON alike")
                .isGreaterThanOrEqualTo(3);

        // the same plan for a Spanish-speaking patient
        jdbc.update(
                "update patient set preferred_language = 'es' where id = (select patient_id from care_case where id = ?)",
                planned.caseId());
        String spanish = TestFiles.textOf(
                http.get(plan, planned.coordinator(), "application/pdf").body());
        assertThat(spanish).contains("Su plan de cuidado", "Sus metas", CaseWithPlan.GOAL, "A quién llamar");

        // reviewers read it too; another coordinator does not; an unknown version is a problem, not a PDF
        assertThat(http.get(plan, "reviewer", "application/pdf").status()).isEqualTo(200);
        assertThat(http.get(
                                plan,
                                "coordinator2".equals(planned.coordinator()) ? "coordinator" : "coordinator2",
                                "application/pdf")
                        .status())
                .isEqualTo(403);
        var missing =
                http.get("/api/cases/" + planned.caseId() + "/care-plans/9", planned.coordinator(), "application/pdf");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }
}
