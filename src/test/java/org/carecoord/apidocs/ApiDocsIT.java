package org.carecoord.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * {@code /v3/api-docs} describes every {@code /api} endpoint the application really maps (all controllers, found
 * through Spring MVC's own handler mapping, so a new controller is checked without touching this test), and the
 * description and Swagger UI are for signed-in API users only.
 */
class ApiDocsIT extends PostgresIntegrationTest {

    static final Path ARTIFACTS = Path.of("target", "apidocs");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumentedWithItsBodiesAndProblems() throws IOException {
        var docs = new Api(port).get("/v3/api-docs", "coordinator");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.contentType()).startsWith("application/json");
        Files.createDirectories(ARTIFACTS);
        Files.writeString(ARTIFACTS.resolve("api-docs.json"), docs.body());
        var api = docs.json();

        Map<String, List<String>> endpoints = DocumentedOperations.check(mappings.getHandlerMethods(), api);

        assertThat(endpoints)
                .as("the endpoints are read from the handler mapping")
                .containsKeys(
                        "GET /api/cases/{caseId}",
                        "POST /api/cases/{caseId}/documents",
                        "POST /api/intakes",
                        "PUT /api/providers/{id}");
        assertThat(endpoints.entrySet().stream()
                        .filter(e -> !e.getValue().isEmpty())
                        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue())))
                .as("undocumented or incompletely documented endpoints")
                .isEmpty();
        assertThat(api.path("paths").fieldNames())
                .toIterable()
                .as("only /api is described (not engine-rest, not actuator)")
                .allMatch(path -> path.startsWith("/api/"));
        assertThat(api.at("/components/securitySchemes/basic/scheme").asText()).isEqualTo("basic");
    }

    @Test
    void theDescriptionIsForApiUsersOnly() {
        var api = new Api(port);
        var anonymous = api.raw("GET", "/v3/api-docs", Map.of("Accept", "application/json"), null, false);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(anonymous.body()).doesNotContain("/api/cases");

        assertThat(api.get("/v3/api-docs", "monitor").status())
                .as("the scraper account opens nothing but metrics")
                .isEqualTo(403);
        for (String user : List.of("coordinator", "manager", "reviewer", "admin")) {
            assertThat(api.get("/v3/api-docs", user).status()).as(user).isEqualTo(200);
        }
        assertThat(api.post("/v3/api-docs", "manager", "{}").status())
                .as("read-only")
                .isEqualTo(403);

        var session = WebappSession.logIn(port, "coordinator");
        var throughSession = session.get("/v3/api-docs");
        assertThat(throughSession.status())
                .as("a Tasklist session opens it too")
                .isEqualTo(200);
        assertThat(throughSession.json().path("paths").has("/api/caseload")).isTrue();
    }

    @Test
    void swaggerUiLoadsForASignedInUser() {
        var api = new Api(port);
        Map<String, String> asCoordinator = Map.of("Authorization", basic("coordinator"), "Accept", "text/html");

        var entry = api.raw("GET", "/swagger-ui.html", asCoordinator, null, false);
        assertThat(entry.status()).isEqualTo(302);
        var page = api.raw("GET", "/swagger-ui/index.html", asCoordinator, null, false);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui");
        var config = api.get("/v3/api-docs/swagger-config", "coordinator");
        assertThat(config.status()).isEqualTo(200);
        assertThat(StreamSupport.stream(config.json().path("urls").spliterator(), false)
                                .map(u -> u.path("url").asText())
                                .toList()
                                .toString()
                        + config.json().path("url").asText())
                .contains("/v3/api-docs");

        assertThat(api.raw("GET", "/swagger-ui/index.html", Map.of("Accept", "text/html"), null, false)
                        .status())
                .isEqualTo(401);
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
