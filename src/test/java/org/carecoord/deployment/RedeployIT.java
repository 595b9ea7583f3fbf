package org.carecoord.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #10 §3: a manager who deploys an unchanged model from Camunda Modeler gets no new version, whatever the
 * deployment is called; a changed one is a new version. The requests are the ones Camunda Modeler 5 sends.
 */
class RedeployIT extends PostgresIntegrationTest {

    private static final String DECISION = "risk-tier";
    private static final String FILE = "risk-tier.dmn";

    private Api api;
    private int versionBefore;
    private long deploymentsBefore;

    @BeforeEach
    void countVersions() {
        api = new Api(port);
        versionBefore = latestVersion();
        deploymentsBefore = repository.createDeploymentQuery().count();
    }

    @AfterEach
    void removeWhatTheTestsDeployed() {
        // a changed risk-tier would otherwise be the version every other IT evaluates
        repository
                .createDeploymentQuery()
                .deploymentNameLike("redeploy-%")
                .list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void anUnchangedModelDeployedFromModelerMakesNoNewVersion() throws Exception {
        var response = deployAsModeler(
                "redeploy-" + DECISION,
                Map.of("enable-duplicate-filtering", "true"),
                Files.readAllBytes(Path.of("processes", FILE)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(latestVersion()).isEqualTo(versionBefore);
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deploymentsBefore);
        // the answer names the deployment that holds the model, as Modeler reads it
        String deploymentId = response.json().path("id").asText();
        assertThat(deploymentId)
                .isEqualTo(repository
                        .createDecisionDefinitionQuery()
                        .decisionDefinitionKey(DECISION)
                        .latestVersion()
                        .singleResult()
                        .getDeploymentId());
    }

    @Test
    void anUnchangedModelUnderAnyOtherDeploymentNameAndWithoutFilteringMakesNoNewVersion() throws Exception {
        var response = deployAsModeler(
                "redeploy-other-name-" + UUID.randomUUID(), Map.of(), Files.readAllBytes(Path.of("processes", FILE)));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(latestVersion()).isEqualTo(versionBefore);
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentNameLike("redeploy-other-name-%")
                        .count())
                .isZero();
    }

    @Test
    void aChangedModelIsANewVersion() throws Exception {
        String dmn = Files.readString(Path.of("processes", FILE), StandardCharsets.UTF_8);
        String changed = dmn.replace(
                "<description>What the risk tier means for follow-up",
                "<description>(Reworded.) What the risk tier means for follow-up");
        assertThat(changed).isNotEqualTo(dmn);

        var response = deployAsModeler(
                "redeploy-" + DECISION,
                Map.of("enable-duplicate-filtering", "true"),
                changed.getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(latestVersion()).isEqualTo(versionBefore + 1);
        assertThat(response.json().path("deployedDecisionDefinitions").size()).isGreaterThanOrEqualTo(1);

        // and deploying that same changed file again is a no-op in turn
        var again = deployAsModeler("redeploy-again", Map.of(), changed.getBytes(StandardCharsets.UTF_8));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(latestVersion()).isEqualTo(versionBefore + 1);
    }

    private int latestVersion() {
        return repository
                .createDecisionDefinitionQuery()
                .decisionDefinitionKey(DECISION)
                .latestVersion()
                .singleResult()
                .getVersion();
    }

    /** {@code POST /engine-rest/deployment/create} as Camunda Modeler 5 sends it: name, source, options, the file. */
    private Api.Response deployAsModeler(String deploymentName, Map<String, String> options, byte[] file) {
        String boundary = "----modeler" + UUID.randomUUID();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deployment-name", deploymentName);
        fields.put("deployment-source", "Camunda Modeler");
        fields.putAll(options);
        var body = new ByteArrayOutputStream();
        fields.forEach(
                (name, value) -> part(body, boundary, "name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8)));
        part(body, boundary, "name=\"" + FILE + "\"; filename=\"" + FILE + "\"\r\nContent-Type: text/xml", file);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return api.raw(
                "POST",
                "/engine-rest/deployment/create",
                Map.of(
                        "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString("manager:manager".getBytes(StandardCharsets.UTF_8)),
                        "Accept", "application/json",
                        "Content-Type", "multipart/form-data; boundary=" + boundary),
                body.toByteArray(),
                false);
    }

    private static void part(ByteArrayOutputStream body, String boundary, String disposition, byte[] content) {
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
