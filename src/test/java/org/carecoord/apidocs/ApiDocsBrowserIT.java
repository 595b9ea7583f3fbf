package org.carecoord.apidocs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import org.carecoord.support.Browser;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Swagger UI in Chromium for a coordinator signed in with HTTP Basic: the page opens, and "Try it out" on a GET
 * answers with the user's own data, with the browser's credentials. Screenshots: target/apidocs/.
 */
class ApiDocsBrowserIT extends PostgresIntegrationTest {

    @Test
    void aCoordinatorReadsTheDocsAndTriesAGet() throws IOException {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
        // HTTP Basic as a browser does it: the credentials in the address, then Chromium's cache for the realm
        try (var browser =
                Browser.page("http://coordinator:coordinator@localhost:" + port + "/swagger-ui.html", "api-docs")) {
            // the page's own fetches refuse a base address with credentials in it: the cached ones serve from here
            browser.find("Swagger UI", By.cssSelector(".swagger-ui"));
            browser.driver().get("http://localhost:" + port + "/swagger-ui/index.html");
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
                            .findElements(
                                    By.cssSelector(
                                            "#operations-cases-caseload .live-responses-table tr.response .response-col_status"))
                            .stream()
                            .map(e -> e.getText().trim())
                            .filter(t -> !t.isEmpty())
                            .findFirst()
                            .orElse(null));
            assertThat(status).startsWith("200");
            assertThat(browser.find(
                                    "the response body",
                                    By.cssSelector("#operations-cases-caseload .live-responses-table tr.response"))
                            .getText())
                    .contains("\"coordinator\"");
            browser.screenshot(ApiDocsIT.ARTIFACTS.resolve("swagger-try-it-out.png"));
        }
    }
}
