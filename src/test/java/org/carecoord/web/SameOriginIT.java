package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue #9 §1: a foreign page cannot ride on the browser's cached credentials to deploy or open an intake. */
class SameOriginIT extends PostgresIntegrationTest {

    private static final Map<String, String> FOREIGN = Map.of("Origin", "https://evil.example");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void removeWhatTheTestsDeployed() {
        repository.createDeploymentQuery().deploymentNameLike("origin-%").list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aDeploymentFromAForeignOriginIsRefusedAndNothingDeployed() {
        var response = api.deploy("manager", "origin-foreign", model("origin-foreign"), FOREIGN);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName("origin-foreign").count()).isZero();
    }

    @Test
    void aCrossSiteFetchWithoutOriginIsRefusedToo() {
        var response = api.deploy("manager", "origin-fetch-site", model("origin-fetch-site"),
                Map.of("Sec-Fetch-Site", "cross-site"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(repository.createDeploymentQuery().deploymentName("origin-fetch-site").count()).isZero();
    }

    @Test
    void aDeploymentWithoutOriginAsCamundaModelerSendsItWorks() {
        assertThat(api.deploy("manager", "origin-none", model("origin-none"), Map.of()).status()).isEqualTo(200);
    }

    @Test
    void aDeploymentFromOurOwnOriginWorks() {
        var response = api.deploy("manager", "origin-same", model("origin-same"),
                Map.of("Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin"));

        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void anIntakeFromAForeignOriginIsRefusedAndNoPatientRecorded() {
        String last = IntakeApiITFixtures.uniqueName();
        String referral = IntakeApiITFixtures.referral("Eve", last, "1950-03-04", "routine");

        var response = api.post("/api/intakes", "coordinator", referral, FOREIGN);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(patientsNamed(last)).isZero();

        assertThat(api.post("/api/intakes", "coordinator", referral, Map.of("Origin", "http://localhost:" + port))
                .status()).isEqualTo(201);
        assertThat(patientsNamed(last)).isOne();
    }

    private int patientsNamed(String last) {
        return jdbc.queryForObject("select count(*) from patient where last_name = ?", Integer.class, last);
    }

    private static Map<String, byte[]> model(String key) {
        return Map.of(key + ".bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Origin"
                    targetNamespace="http://carecoord.org/test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P1D">
                    <bpmn:startEvent id="Start" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key).getBytes(StandardCharsets.UTF_8));
    }
}
