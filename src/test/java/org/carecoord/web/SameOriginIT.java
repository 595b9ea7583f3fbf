package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.Browser;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue #9 §1: a foreign page cannot ride on the browser's cached credentials to deploy or open an intake. */
class SameOriginIT extends PostgresIntegrationTest {

    private static final Map<String, String> FOREIGN = Map.of("Origin", "https://evil.example");

    private Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void removeWhatTheTestsDeployed() {
        repository
                .createDeploymentQuery()
                .deploymentNameLike("origin-%")
                .list()
                .forEach(d -> repository.deleteDeployment(d.getId(), true));
    }

    @Test
    void aDeploymentFromAForeignOriginIsRefusedAndNothingDeployed() {
        var response = api.deploy("manager", "origin-foreign", model("origin-foreign"), FOREIGN);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(403);
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName("origin-foreign")
                        .count())
                .isZero();
    }

    @Test
    void aCrossSiteFetchWithoutOriginIsRefusedToo() {
        var response = api.deploy(
                "manager", "origin-fetch-site", model("origin-fetch-site"), Map.of("Sec-Fetch-Site", "cross-site"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(repository
                        .createDeploymentQuery()
                        .deploymentName("origin-fetch-site")
                        .count())
                .isZero();
    }

    @Test
    void aDeploymentWithoutOriginAsCamundaModelerSendsItWorks() {
        assertThat(api.deploy("manager", "origin-none", model("origin-none"), Map.of())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aDeploymentFromOurOwnOriginWorks() {
        var response = api.deploy(
                "manager",
                "origin-same",
                model("origin-same"),
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
                        .status())
                .isEqualTo(201);
        assertThat(patientsNamed(last)).isOne();
    }

    @Test
    void aBrowserPostsOurProviderPageFormSameOriginDespiteNoReferrer() throws Exception {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
        // the provider page is served with Referrer-Policy: no-referrer, so its form POST carries Origin: null
        try (var browser = Browser.page(
                "http://localhost:" + port + "/referral-response/not-a-token", "same-origin-provider-form")) {
            browser.waitForText("Link cannot be used");
            browser.script("document.body.dataset.old = 'yes'; const form = document.createElement('form');"
                    + "form.method = 'post'; form.action = location.pathname;"
                    + "const action = document.createElement('input'); action.type = 'hidden';"
                    + "action.name = 'action'; action.value = 'accept'; form.appendChild(action);"
                    + "document.body.appendChild(form); form.submit();");
            awaitNewPage(browser);

            assertThat(browser.text()).contains("Link cannot be used").doesNotContain("Cross-site");
        }
    }

    @Test
    void aBrowserPostFromAForeignPageIsRefused() throws Exception {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
        String foreignPage = "data:text/html,<form method='post' action='http://localhost:" + port + "/api/intakes'>"
                + "<input name='x' value='y'></form>";
        try (var browser = Browser.page(foreignPage, "cross-site-form")) {
            browser.script("document.forms[0].submit();");

            browser.waitForText("Cross-site requests are not accepted");
        }
    }

    private static void awaitNewPage(Browser browser) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (Boolean.TRUE.equals(browser.script("return document.readyState === 'complete' "
                    + "&& document.body && document.body.dataset.old === undefined;"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw browser.failure("the form was not submitted");
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
