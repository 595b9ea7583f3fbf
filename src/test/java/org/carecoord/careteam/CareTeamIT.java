package org.carecoord.careteam;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.support.Api;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The care-team API on PostgreSQL: the case's coordinator adds, edits and deactivates members and sees the
 * coordinator as the derived first row; access per role (another coordinator 403, manager yes, reviewer reads
 * only); bad input 400 naming each field with nothing stored; a provider of an accepted referral offered and added.
 */
class CareTeamIT extends PostgresIntegrationTest {

    private static final String PHARMACIST = """
            {"role": "pharmacist", "name": "Mei Lin", "organisation": "Main Street Pharmacy", "phone": "+1 555 0123",
             "email": "pharmacy@example.org", "takesPartInPlanning": true, "sharingConsented": false}""";

    @Autowired
    ApplicationContext context;

    private Api api;
    private static CaseWithPlan planned;

    @BeforeEach
    void aCase() {
        api = new Api(port);
        if (planned == null) {
            planned = CaseWithPlan.create(port, context, "Teamtest");
        }
    }

    @Test
    void theCoordinatorAddsEditsAndDeactivatesAMemberAndIsAlwaysOnTheTeam() {
        String base = "/api/cases/" + planned.caseId() + "/care-team";
        var added = api.post(base, planned.coordinator(), PHARMACIST);
        assertThat(added.status()).isEqualTo(201);
        long memberId = added.json().get("id").asLong();
        assertThat(added.json().get("roleLabel").asText()).isEqualTo("Pharmacist");
        assertThat(added.json().get("status").asText()).isEqualTo("active");
        assertThat(added.json().get("createdBy").asText()).isEqualTo(planned.coordinator());

        var edited = api.put(base + "/" + memberId, planned.coordinator(), PHARMACIST.replace("false}", "true}"));
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.json().get("sharingConsented").asBoolean()).isTrue();

        var ended = api.post(base + "/" + memberId + "/deactivate", planned.coordinator(), "{}");
        assertThat(ended.status()).isEqualTo(200);
        assertThat(ended.json().get("status").asText()).isEqualTo("inactive");
        assertThat(ended.json().get("periodEnd").isNull()).isFalse();

        JsonNode team = api.get(base, planned.coordinator()).json();
        assertThat(team.get(0).get("derived").asBoolean()).isTrue();
        assertThat(team.get(0).get("role").asText()).isEqualTo("care-coordinator");
        assertThat(team.findValuesAsText("name")).contains("Mei Lin");
        JsonNode overview = api.get("/api/cases/" + planned.caseId() + "/overview", planned.coordinator())
                .json();
        assertThat(overview.get("careTeam").get("members").size()).isEqualTo(team.size());
        assertThat(overview.get("careTeam").get("roles").findValuesAsText("code"))
                .contains("primary-care-physician", "family-caregiver", "other");
    }

    @Test
    void anotherCoordinatorIsRefusedAManagerMayChangeAReviewerOnlyReads() {
        String base = "/api/cases/" + planned.caseId() + "/care-team";
        long before = members();

        assertThat(api.get(base, other()).status()).isEqualTo(403);
        assertThat(api.post(base, other(), PHARMACIST).status()).isEqualTo(403);
        assertThat(api.get(base, "reviewer").status()).isEqualTo(200);
        assertThat(api.post(base, "reviewer", PHARMACIST).status()).isEqualTo(403);
        assertThat(members()).as("nothing stored by a refused request").isEqualTo(before);

        var byManager = api.post(base, "manager", PHARMACIST);
        assertThat(byManager.status()).isEqualTo(201);
        long memberId = byManager.json().get("id").asLong();
        assertThat(api.put(base + "/" + memberId, "reviewer", PHARMACIST).status())
                .isEqualTo(403);
        assertThat(api.post(base + "/" + memberId + "/deactivate", "reviewer", "{}")
                        .status())
                .isEqualTo(403);
        assertThat(api.post(base + "/" + memberId + "/deactivate", other(), "{}")
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject("select status from care_team_member where id = ?", String.class, memberId))
                .isEqualTo("active");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where case_id = ? and resource like '%care-team%'"
                                + " and outcome = 'denied'",
                        Long.class, planned.caseId()))
                .as("another coordinator's refusals are audited")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsStored() {
        String base = "/api/cases/" + planned.caseId() + "/care-team";
        long before = members();

        var refused = api.post(base, planned.coordinator(), """
                {"role": "surgeon", "name": " ", "email": "not an address", "phone": "call me",
                 "takesPartInPlanning": null, "sharingConsented": true}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).contains("application/problem+json");
        assertThat(refused.json().get("errors").findValuesAsText("field"))
                .contains("role", "name", "email", "phone", "takesPartInPlanning");
        assertThat(refused.body()).doesNotContain("not an address").doesNotContain("surgeon");
        assertThat(api.post(base + "/999999/deactivate", planned.coordinator(), "{}")
                        .status())
                .isEqualTo(404);
        var early = api.post(base, planned.coordinator(), PHARMACIST);
        var endBeforeStart = api.post(
                base + "/" + early.json().get("id").asLong() + "/deactivate",
                planned.coordinator(),
                "{\"periodEnd\": \"2000-01-01\"}");
        assertThat(endBeforeStart.status()).isEqualTo(400);
        assertThat(endBeforeStart.json().get("errors").findValuesAsText("field"))
                .containsExactly("periodEnd");
        assertThat(members()).isEqualTo(before + 1);
    }

    @Test
    void aProviderOfAnAcceptedReferralIsOfferedAndAddedInOneClick() {
        long providerId = jdbc.queryForObject("select min(id) from provider", Long.class);
        jdbc.update("""
                insert into referral (case_id, service_type, provider_id, status, attempt, created_at)
                values (?, 'food-assistance', ?, 'accepted', 1, current_timestamp)""", planned.caseId(), providerId);
        String base = "/api/cases/" + planned.caseId() + "/care-team";

        JsonNode suggestions =
                api.get(base + "/suggestions", planned.coordinator()).json();
        assertThat(suggestions.findValuesAsText("providerId")).contains(String.valueOf(providerId));

        var added = api.post(base + "/suggestions/" + providerId, planned.coordinator(), "{}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json().get("providerId").asLong()).isEqualTo(providerId);
        assertThat(added.json().get("sharingConsented").asBoolean())
                .as("the coordinator confirms the consent")
                .isFalse();
        assertThat(api.get(base + "/suggestions", planned.coordinator()).json().findValuesAsText("providerId"))
                .doesNotContain(String.valueOf(providerId));
    }

    /** A coordinator who neither coordinates the case nor has a task of it. */
    private static String other() {
        return planned.coordinator().equals("coordinator2") ? "coordinator" : "coordinator2";
    }

    private long members() {
        return jdbc.queryForObject(
                "select count(*) from care_team_member where case_id = ?", Long.class, planned.caseId());
    }
}
