package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Managers maintain the provider directory through the API on PostgreSQL; coordinators read it. */
class ProviderDirectoryIT extends PostgresIntegrationTest {

    @Autowired
    ProviderDirectory directory;

    private Api api;

    @BeforeEach
    void api() {
        api = new Api(port);
    }

    @Test
    void aManagerAddsChangesAndDeactivatesAProviderWhoIsThenNoLongerSuggested() {
        String name = "Zeta " + IntakeApiITFixtures.uniqueName() + " Pantry";
        var added = api.post("/api/providers", "manager", """
                {"name": "%s", "serviceTypes": ["food-assistance"], "email": "pantry@zeta.example.org",
                 "phone": "+1 555 0199", "languages": ["en", "vi"], "acceptsNewClients": true}""".formatted(name));
        assertThat(added.status()).isEqualTo(201);
        long id = added.json().get("id").asLong();
        assertThat(added.json().get("active").asBoolean()).isTrue();
        assertThat(directory.suggest("food-assistance", "vi").get(0).id())
                .as("speaks Vietnamese")
                .isEqualTo(id);

        var listed = api.get("/api/providers", "coordinator");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().findValuesAsText("name")).contains(name);

        var changed = api.put("/api/providers/" + id, "manager", """
                {"name": "%s", "serviceTypes": ["food-assistance", "transportation"], "email": "rides@zeta.example.org",
                 "languages": ["vi"], "acceptsNewClients": false}""".formatted(name));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("serviceTypes").toString()).isEqualTo("[\"food-assistance\",\"transportation\"]");
        assertThat(api.get("/api/providers/" + id, "coordinator")
                        .json()
                        .get("email")
                        .asText())
                .isEqualTo("rides@zeta.example.org");

        var deactivated = api.post("/api/providers/" + id + "/deactivate", "manager", "");
        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(directory.suggest("transportation", "vi"))
                .extracting(Provider::id)
                .doesNotContain(id);
        assertThat(api.get("/api/providers/" + id, "coordinator").status())
                .as("kept for history")
                .isEqualTo(200);
    }

    @Test
    void invalidEntriesNameTheFieldsAndOnlyManagersMayChangeTheDirectory() {
        var invalid = api.post("/api/providers", "manager", """
                {"name": "", "serviceTypes": ["food-assistance", "astrology"], "email": "not-an-address",
                 "languages": ["English"], "acceptsNewClients": true}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/problem+json");
        assertThat(invalid.json().get("errors").findValuesAsText("field")).contains("name", "email", "languages[0]");
        var unknownService = api.post("/api/providers", "manager", """
                {"name": "Stars", "serviceTypes": ["food-assistance", "astrology"], "email": "a@b.example.org",
                 "languages": ["en"], "acceptsNewClients": true}""");
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(unknownService.json().get("errors").findValuesAsText("field"))
                .containsExactly("serviceTypes[1]");

        String valid = """
                {"name": "Coordinator's pick", "serviceTypes": ["housing"], "email": "a@b.example.org",
                 "languages": ["en"], "acceptsNewClients": true}""";
        assertThat(api.post("/api/providers", "coordinator", valid).status()).isEqualTo(403);
        assertThat(api.post("/api/providers/1/deactivate", "coordinator", "").status())
                .isEqualTo(403);
        assertThat(api.get("/api/providers", "reviewer").status()).isEqualTo(403);
        assertThat(api.put("/api/providers/999999999", "manager", valid).status())
                .isEqualTo(404);
    }
}
