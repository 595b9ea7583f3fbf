package org.carecoord.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** Case access per coordinator, breaking the glass, and the audit trail every case read leaves. */
class CaseAccessIT extends PostgresIntegrationTest {

    @Test
    void aTeamQueueTaskOpensTheCaseToEveryCoordinatorUntilSomeoneClaimsIt() {
        var api = new Api(port);
        String last = IntakeApiITFixtures.uniqueName();
        var intake = api.post(
                        "/api/intakes", "manager", IntakeApiITFixtures.referral("Queue", last, "1958-02-03", "routine"))
                .json();
        long caseId = intake.get("caseId").asLong();
        String consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(intake.get("caseNumber").asText())
                .singleResult()
                .getId();

        assertThat(api.get("/api/cases/" + caseId, "coordinator").status()).isEqualTo(200);
        assertThat(api.get("/api/cases/" + caseId, "coordinator2").status()).isEqualTo(200);

        assertThat(api.post("/engine-rest/task/" + consent + "/claim", "coordinator2", "{\"userId\": \"coordinator2\"}")
                        .status())
                .isEqualTo(204);
        var refused = api.get("/api/cases/" + caseId, "coordinator");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("breakGlass").asText()).isEqualTo("/api/cases/" + caseId + "/break-glass");
        assertThat(api.get("/engine-rest/task/" + consent + "/form-variables", "coordinator")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/cases/" + caseId, "coordinator2").status()).isEqualTo(200);
    }

    @Test
    void breakingTheGlassNeedsAReasonOpensTheCaseForAWhileAndIsListedForManagers() {
        var api = new Api(port);
        long caseId = closedCaseOfAnother();
        assertThat(api.get("/api/cases/" + caseId, "coordinator").status()).isEqualTo(403);

        var noReason = api.post("/api/cases/" + caseId + "/break-glass", "coordinator", "{\"reason\": \"\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(api.get("/api/cases/" + caseId, "coordinator").status()).isEqualTo(403);

        var granted = api.post(
                "/api/cases/" + caseId + "/break-glass",
                "coordinator",
                "{\"reason\": \"patient at the front desk asking about a past referral\"}");
        assertThat(granted.status()).isEqualTo(201);
        assertThat(granted.json().get("expiresAt").asText()).isNotBlank();
        assertThat(api.get("/api/cases/" + caseId + "/referrals", "coordinator").status())
                .isEqualTo(200);

        JsonNode listed = api.get("/api/break-glass?days=1", "manager").json();
        assertThat(listed.findValuesAsText("reason"))
                .contains("patient at the front desk asking about a past referral");
        assertThat(api.get("/api/break-glass", "coordinator").status()).isEqualTo(403);

        JsonNode trail = api.get("/api/audit?caseId=" + caseId, "reviewer").json();
        assertThat(trail.findValuesAsText("action")).contains("break-glass", "case-read");
        JsonNode read = first(trail, "case-read", "granted");
        assertThat(read.get("userId").asText()).isEqualTo("coordinator");
        assertThat(read.get("basis").asText()).isEqualTo("break-glass");
        assertThat(read.get("reason").asText()).isEqualTo("patient at the front desk asking about a past referral");
        assertThat(read.get("resource").asText()).isEqualTo("GET /api/cases/{caseId}/referrals");
        assertThat(read.get("clientAddress").asText()).isNotBlank();
        assertThat(first(trail, "case-read", "denied").get("basis").asText()).isEqualTo("none");
    }

    @Test
    void openingATaskFormIsAuditedAgainstItsCase() {
        var api = new Api(port);
        String last = IntakeApiITFixtures.uniqueName();
        var intake = api.post(
                        "/api/intakes", "manager", IntakeApiITFixtures.referral("Form", last, "1949-09-09", "routine"))
                .json();
        String consent = tasks.createTaskQuery()
                .processInstanceBusinessKey(intake.get("caseNumber").asText())
                .singleResult()
                .getId();

        assertThat(api.get("/engine-rest/task/" + consent + "/form-variables", "coordinator")
                        .status())
                .isEqualTo(200);

        JsonNode opened = first(
                api.get("/api/audit?caseId=" + intake.get("caseId").asLong(), "manager")
                        .json(),
                "task-form-opened",
                "granted");
        assertThat(opened.get("userId").asText()).isEqualTo("coordinator");
        assertThat(opened.get("caseNumber").asText())
                .isEqualTo(intake.get("caseNumber").asText());
        assertThat(opened.get("resource").asText()).isEqualTo("task " + consent);
        assertThat(opened.get("basis").asText()).isEqualTo("task");
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeletedEvenWithTheDatabaseLogin() {
        new Api(port).get("/api/cases/" + closedCaseOfAnother(), "manager");
        long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set user_id = 'someone' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event"))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where id = ?", Long.class, id))
                .isOne();
    }

    @Test
    void coordinatorsDoNotReadTheAuditTrail() {
        var response = new Api(port).get("/api/audit?caseId=1", "coordinator");
        assertThat(response.status()).isEqualTo(403);
    }

    /** A closed case 'coordinator' neither coordinates nor has a task of. */
    private long closedCaseOfAnother() {
        return jdbc.queryForObject(
                "select min(id) from care_case where status in ('finished', 'cancelled')"
                        + " and (coordinator_id is null or coordinator_id <> 'coordinator')",
                Long.class);
    }

    private static JsonNode first(JsonNode trail, String action, String outcome) {
        for (JsonNode event : trail) {
            if (action.equals(event.get("action").asText())
                    && outcome.equals(event.get("outcome").asText())) {
                return event;
            }
        }
        throw new AssertionError("no " + outcome + " " + action + " in " + trail);
    }
}
