package org.carecoord.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.carecoord.support.Browser;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Swagger UI in Chromium for a coordinator signed in to Tasklist: the page opens with the Tasklist session, and
 * "Try it out" on a GET answers with the user's own data through that session. Screenshots: target/apidocs/.
 */
class ApiDocsBrowserIT extends PostgresIntegrationTest {

    @Test
    void aTasklistUserReadsTheDocsAndTriesAGet() throws IOException {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
        try (var browser =
                Browser.open("http://localhost:" + port + "/camunda/app/tasklist/", "api-docs", ".alert-danger")) {
            browser.signIn("coordinator", "coordinator");
            browser.find("Tasklist's filter list", By.cssSelector(".task-filter h4.name a"));

            browser.driver().get("http://localhost:" + port + "/swagger-ui.html");
            browser.find("the API's title", By.cssSelector(".swagger-ui .info .title"));
            assertThat(browser.find("the caseload operation", By.id("operations-cases-caseload"))
                            .getText())
                    .contains("/api/caseload");
            browser.screenshot(ApiDocsIT.ARTIFACTS.resolve("swagger.png"));

            browser.click("GET /api/caseload", By.cssSelector("#operations-cases-caseload .opblock-summary"));
            browser.click("Try it out", By.cssSelector("#operations-cases-caseload button.try-out__btn"));
            browser.click("Execute", By.cssSelector("#operations-cases-caseload button.execute"));
            String status = browser.await(
                    "the live response's status",
                    d -> d
                            .findElements(By.cssSelector(
                                    "#operations-cases-caseload .live-responses-table .response-col_status"))
                            .stream()
                            .map(e -> e.getText().trim())
                            .filter(t -> !t.isEmpty())
                            .findFirst()
                            .orElse(null));
            assertThat(status).startsWith("200");
            assertThat(browser.find(
                                    "the response body",
                                    By.cssSelector("#operations-cases-caseload .live-responses-table .microlight"))
                            .getText())
                    .contains("\"coordinator\"");
            browser.screenshot(ApiDocsIT.ARTIFACTS.resolve("swagger-try-it-out.png"));
        }
    }
}
