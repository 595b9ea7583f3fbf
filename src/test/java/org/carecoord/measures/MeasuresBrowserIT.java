package org.carecoord.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.support.Api;
import org.carecoord.support.Browser;
import org.carecoord.support.Cockpit;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;

/** A manager opens Cockpit → Measures and sees every figure group, with this month's demo figures, and a CSV link. */
class MeasuresBrowserIT extends PostgresIntegrationTest {

    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final List<String> GROUPS =
            List.of("transitional-care", "referrals", "chronic-care-management", "outreach", "caseload", "discharges");

    @Autowired
    BusinessCalendarProperties calendar;

    @Test
    void theManagerSeesEveryFigureGroupForTheDemoData() throws IOException {
        assumeTrue(Browser.installed(), Browser.NOT_INSTALLED);
        String month = YearMonth.now(calendar.zone()).toString();
        JsonNode measures = new Api(port).get("/api/measures", "manager").json();
        JsonNode current = measures.get("months").get(11);
        assertThat(current.get("month").asText()).isEqualTo(month);
        // the demo's events lie in this month or, for those dated days back (the hospital discharge), the last
        List<JsonNode> figures = new java.util.ArrayList<>();
        measures.get("months").forEach(m -> m.get("figures").forEach(figures::add));
        for (String group : GROUPS) {
            assertThat(figures)
                    .as("the demo's figures of " + group)
                    .anyMatch(f -> f.get("group").asText().equals(group)
                            && (f.get("denominator").asLong() > 0
                                    || f.get("numerator").asLong() > 0));
        }

        try (Cockpit cockpit = Cockpit.open(port, getClass().getSimpleName())) {
            Browser page = cockpit.browser();
            cockpit.logIn("manager", "manager");
            cockpit.openNavigation("Measures");
            page.find("the Measures page", By.xpath("//h2[normalize-space()='Measures']"));
            page.await(
                    "every figure group",
                    d -> d.findElements(By.cssSelector(".carecoord-measures .measure-group"))
                                            .size()
                                    == GROUPS.size()
                            ? true
                            : null);
            for (String group : GROUPS) {
                String css = ".measure-group[data-group='" + group + "']";
                assertThat(page.driver().findElements(By.cssSelector(css + " svg.chart rect.bar")))
                        .as("bars of " + group)
                        .hasSize(12);
                assertThat(page.visibleTexts(css + " thead th")).contains(month);
                assertThat(page.visibleTexts(css + " tbody td.figure")).isNotEmpty();
            }
            // the value and numerator/denominator of a figure as the API gave it
            assertThat(page.visibleTexts(
                            ".measure-group[data-group='chronic-care-management'] tbody tr td.figure:last-child"))
                    .containsExactly(cell(current, "patient-months-with-20-minutes"));
            String csv =
                    page.find("Download CSV", By.cssSelector(".download-csv")).getAttribute("href");
            assertThat(csv).endsWith("/api/measures?format=csv");
            page.driver().manage().window().setSize(new Dimension(1400, 3200));
            page.screenshot(SCREENSHOTS.resolve("measures.png"));
        }
    }

    private static String cell(JsonNode month, String measure) {
        for (JsonNode f : month.get("figures")) {
            if (f.get("measure").asText().equals(measure)) {
                String value = f.get("value").isNull()
                        ? "—"
                        : String.format(
                                java.util.Locale.ROOT, "%.1f %%", f.get("value").asDouble() * 100);
                return value + " " + f.get("numerator").asText() + "/"
                        + f.get("denominator").asText();
            }
        }
        throw new AssertionError("no figure " + measure);
    }
}
