package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.carecoord.support.Browser;
import org.carecoord.support.Cockpit;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.Tasklist;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** CareCoord's users see CareCoord: its name in every webapp's header, and no vendor banner urging a migration. */
class BrandingBrowserIT extends PostgresIntegrationTest {

    private static final String VENDOR_BANNER = "It is time to migrate";

    @BeforeEach
    void chromium() {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
    }

    @Test
    void tasklistIsCareCoordsWithoutTheVendorBanner() throws Exception {
        try (var tasklist = Tasklist.open(port, getClass().getSimpleName())) {
            assertLoginPageBranded(tasklist.browser(), "Tasklist");
            tasklist.logIn("coordinator", "coordinator");
            assertBranded(tasklist.browser(), "Tasklist");
            tasklist.screenshot(Path.of("target", "screenshots", "branding-tasklist.png"));
        }
    }

    @Test
    void cockpitAndAdminAreCareCoordsWithoutTheVendorBanner() throws Exception {
        try (var cockpit = Cockpit.open(port, getClass().getSimpleName())) {
            cockpit.logIn("manager", "manager");
            assertBranded(cockpit.browser(), "Cockpit");
            cockpit.browser().driver().get("http://localhost:" + port + "/camunda/app/welcome/");
            assertBranded(cockpit.browser(), "Welcome");
        }
        try (var admin = Browser.open(
                "http://localhost:" + port + "/camunda/app/admin/", getClass().getSimpleName(), ".alert-danger")) {
            assertLoginPageBranded(admin, "Admin");
        }
    }

    /** Before login there is no header: the login form names CareCoord instead of showing the vendor's logo. */
    private static void assertLoginPageBranded(Browser browser, String app) {
        browser.find("the login form", By.cssSelector("form[name='signinForm']"));
        String logo = (String) browser.script(
                "return getComputedStyle(document.querySelector('.login-logo')," + " '::before').content");
        assertThat(logo).contains("CareCoord");
        assertThat(browser.driver().findElements(By.cssSelector(".login-logo svg")).stream()
                        .noneMatch(e -> e.isDisplayed()))
                .isTrue();
        assertThat(browser.text()).doesNotContain(VENDOR_BANNER).contains(app);
        browser.await("the tab titled CareCoord", d -> d.getTitle().contains("CareCoord") ? true : null);
    }

    private static void assertBranded(Browser browser, String app) {
        String brand = browser.await(
                "the header naming CareCoord " + app,
                d -> d.findElements(By.cssSelector(".navbar-brand")).stream()
                        .filter(e -> e.isDisplayed())
                        .map(e -> e.getText().trim())
                        .filter(t -> t.contains("CareCoord"))
                        .findFirst()
                        .orElse(null));
        assertThat(brand).contains(app);
        assertThat(browser.visibleTexts(".ce-eol-banner")).isEmpty();
        assertThat(browser.text()).doesNotContain(VENDOR_BANNER);
        assertThat(browser.driver().getTitle()).doesNotContain("Camunda");
    }
}
