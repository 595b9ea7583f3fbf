package org.carecoord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;

import org.carecoord.review.ReviewFixtures;
import org.carecoord.support.Browser;
import org.carecoord.support.Cockpit;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A reviewer audits a finished episode in the real Cockpit (headless Chromium): "Episodes" in the top navigation,
 * the episode found by its case number, its audit trail with who completed which task, and the CSV export fetched
 * with the browser's own session. Screenshots go to target/screenshots/.
 */
class ReviewerBrowserIT extends PostgresIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Cockpit cockpit;

    @BeforeEach
    void openBrowser() throws IOException {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
        cockpit = Cockpit.open(port, getClass().getSimpleName());
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (cockpit != null) {
            cockpit.close();
        }
    }

    @Test
    void aReviewerFindsAFinishedEpisodeSeesWhoDidWhatAndExportsTheTrail() throws IOException {
        ReviewFixtures.Episode episode = new ReviewFixtures(port, tasks, identity, management, jdbc).closedEpisode();
        Browser browser = cockpit.browser();

        cockpit.logIn("reviewer", "reviewer");
        cockpit.openNavigation("Episodes");
        browser.find("the first page of episodes", By.cssSelector(".carecoord-episode-table"));
        WebElement caseNumber = browser.find(
                "the case number filter",
                By.cssSelector("form[name='carecoordEpisodeFilters'] input[name='caseNumber']"));
        Browser.type(caseNumber, episode.caseNumber());
        browser.click("Show episodes", By.xpath("//button[normalize-space()='Show episodes']"));
        WebElement row = browser.find(
                "the episode's row", By.cssSelector("tr[data-case-number='" + episode.caseNumber() + "']"));
        assertThat(row.getText())
                .contains("Closed")
                .contains("Patient declined")
                .contains("Discharge")
                .contains(episode.coordinator());
        browser.await(
                "only the episode searched for",
                d -> d.findElements(By.cssSelector(".carecoord-episode-table tbody tr"))
                                        .size()
                                == 1
                        ? true
                        : null);
        browser.screenshot(SCREENSHOTS.resolve("reviewer-episodes.png"));

        browser.click("the case number", By.linkText(episode.caseNumber()));
        browser.waitForText("Audit trail · " + episode.caseNumber());
        WebElement consent = browser.find(
                "the consent task's row",
                By.xpath("//table[contains(@class,'carecoord-trail-table')]//tr[td[3][normalize-space()='task']]"
                        + "[td[5][starts-with(normalize-space(), 'Record consent')]]"));
        assertThat(consent.getText()).contains("claimed by coordinator").contains("completed by coordinator");
        WebElement summary = browser.find(
                "the discharge summary task's row",
                By.xpath("//table[contains(@class,'carecoord-trail-table')]//tr[td[3][normalize-space()='task']]"
                        + "[td[5][starts-with(normalize-space(), 'Prepare discharge summary')]]"));
        assertThat(summary.getText()).contains("completed by " + episode.coordinator());
        assertThat(browser.text())
                .contains("Intake")
                .contains("Discharge")
                .contains("Case opened")
                .doesNotContain(episode.lastName())
                .doesNotContain(ReviewFixtures.SUMMARY_NOTE);
        browser.screenshot(SCREENSHOTS.resolve("reviewer-audit-trail.png"));

        String href =
                browser.find("Download CSV", By.cssSelector("a.download-csv")).getAttribute("href");
        String csv = (String) browser.script(
                "return fetch(arguments[0], {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => r.status + ' ' + r.headers.get('content-type') + '\\n' + t))",
                href);
        assertThat(csv).startsWith("200 text/csv");
        assertThat(csv.lines().skip(1).findFirst())
                .hasValue("time,end,source,kind,process,processInstanceId,what,who,detail");
        assertThat(csv)
                .contains("Record consent")
                .contains("completed by " + episode.coordinator())
                .doesNotContain(episode.lastName());

        browser.click("back to episodes", By.linkText("‹ Back to episodes"));
        browser.find(
                "the list again, with the filter kept",
                By.cssSelector("tr[data-case-number='" + episode.caseNumber() + "']"));
    }
}
