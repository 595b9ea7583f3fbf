package org.carecoord.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GET /api/measures against episodes with known outcomes in February–April 2031 ({@link MeasuresItData}): every
 * figure of March checked exactly (numerator, denominator, value), February's and the filters', who may read them,
 * bad parameters and the CSV.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeasuresIT extends PostgresIntegrationTest {

    private static final String A = MeasuresItData.COORDINATOR_A;
    private static final String B = MeasuresItData.COORDINATOR_B;

    @Autowired
    BusinessCalendarProperties calendar;

    private MeasuresItData data;
    private Api api;

    @BeforeAll
    void episodesWithKnownOutcomes() {
        api = new Api(port);
        data = new MeasuresItData(jdbc, calendar.zone());
        String opened = "2031-01-05T09:00";
        long c1 = data.episode("chronic-care", A, "high", opened, null);
        long c2 = data.episode("chronic-care", A, "medium", opened, null);
        long c3 = data.episode("chronic-care", A, "medium", opened, null);
        long c4 = data.episode("chronic-care", A, "low", opened, "2031-03-20T10:00");
        long c5 = data.episode("transitional-care", B, null, opened, null);
        long c6 = data.episode("chronic-care", B, "low", opened, "2031-02-15T10:00");
        long c7 = data.episode("chronic-care", B, "low", opened, "2031-03-25T10:00");
        long c8 = data.episode("behavioral-health", B, "low", opened, "2031-03-28T10:00");

        // Transitional care: discharged Friday 14 March → contact due by the end of Tuesday 18 March
        data.stay(c1, "2031-03-14", "reached", "2031-03-18T12:00", "2031-03-20", "2031-03-20T10:00");
        data.stay(c2, "2031-03-14", "reached", "2031-03-19T12:00", "2031-03-26", "2031-03-27T10:00");
        data.stay(c3, "2031-03-03", "two-attempts", "2031-03-04T12:00", null, "2031-03-05T10:00");
        data.stay(c5, "2031-02-27", "reached", "2031-02-28T12:00", null, null);

        // Referrals: closed after 5, 2, ~10, 1.5 and 1 days; one still open; one never sent; one in April
        data.referral(c1, "2031-03-02T10:00", true, "completed", null, "2031-03-07T10:00");
        data.referral(c1, "2031-03-03T10:00", true, "failed", "no capacity", "2031-03-05T10:00");
        data.referral(c2, "2031-03-04T10:00", true, "cancelled", "No provider in area", "2031-03-14T10:00");
        data.referral(c3, "2031-03-05T10:00", true, "cancelled", "No provider in area", "2031-03-06T22:00");
        data.referral(c3, "2031-03-06T10:00", true, "accepted", null, null);
        data.referral(c5, "2031-03-07T10:00", true, "cancelled", "Patient declined", "2031-03-08T10:00");
        data.referral(c5, "2031-03-08T10:00", false, "requested", null, null);
        data.referral(c5, "2031-04-01T10:00", true, "requested", null, null);

        // Contacts: c1 25 minutes, c2 19, c3 20, c5 5 in March (30 more just after midnight, in April)
        data.contact(c1, "2031-03-10T10:00", 15, true);
        data.contact(c1, "2031-03-20T10:00", 10, false);
        data.contact(c2, "2031-03-11T10:00", 19, true);
        data.contact(c3, "2031-03-12T10:00", 20, true);
        data.contact(c5, "2031-03-31T23:30", 5, false);
        data.contact(c5, "2031-04-01T00:10", 30, true);

        // Risk tiers: c1 high; c2 low, medium from 15 March; c3 none assessed (case: medium); c5 none at all
        data.assessment(c1, "high", "2031-01-10T10:00");
        data.assessment(c2, "low", "2031-01-10T10:00");
        data.assessment(c2, "medium", "2031-03-15T10:00");
        data.outreachTask(c1, "2031-03-01T08:00", "2031-03-02T17:00", "completed", "2031-03-02T10:00");
        data.outreachTask(c1, "2031-03-09T08:00", "2031-03-10T17:00", null, null);
        data.outreachTask(c2, "2031-03-05T08:00", "2031-03-06T17:00", "completed", "2031-03-06T10:00");
        data.outreachTask(c2, "2031-03-20T08:00", "2031-03-21T17:00", "completed", "2031-03-21T10:00");
        data.outreachTask(c3, "2031-03-10T08:00", "2031-03-11T17:00", "deleted", "2031-03-11T09:00");
        data.outreachTask(c5, "2031-03-30T08:00", "2031-04-01T17:00", null, null);
        data.outreachTask(c5, "2031-03-02T08:00", "2031-03-03T17:00", "completed", "2031-03-03T10:00");

        data.discharge(c4, "goals-met", "2031-03-20T09:00");
        data.discharge(c6, "lost-to-follow-up", "2031-02-15T09:00");
        data.discharge(c7, "goals-met", "2031-03-25T09:00");
        data.discharge(c8, "deceased", "2031-03-28T09:00");
    }

    @AfterAll
    void removeThem() {
        data.remove();
    }

    @Test
    void everyFigureOfMarchIsExact() {
        JsonNode measures = get("/api/measures?from=2031-03&to=2031-03", "manager");
        assertThat(measures.get("months")).hasSize(1);
        assertThat(figures(measures, 0, false))
                .containsExactly(
                        "transitional-care|contact-within-2-business-days||1|3|0.3333",
                        "transitional-care|face-to-face-within-7-days||1|3|0.3333",
                        "transitional-care|face-to-face-within-14-days||2|3|0.6667",
                        "transitional-care|medication-reconciled-by-visit||1|3|0.3333",
                        "referrals|loop-closure||5|6|0.8333",
                        "referrals|median-days-to-close|||5|2",
                        "referrals|unmet||3|6|0.5",
                        "referrals|unmet-reason|No provider in area|2|3|0.6667",
                        "referrals|unmet-reason|Patient declined|1|3|0.3333",
                        "chronic-care-management|patient-months-with-20-minutes||2|4|0.5",
                        "outreach|contacts-made-of-due|low|1|1|1",
                        "outreach|contacts-made-of-due|medium|1|2|0.5",
                        "outreach|contacts-made-of-due|high|1|2|0.5",
                        "outreach|contacts-made-of-due|unknown|1|1|1",
                        "outreach|unable-to-reach||2|5|0.4",
                        "caseload|open-cases-at-month-end|" + A + "|3||3",
                        "caseload|open-cases-at-month-end|" + B + "|1||1",
                        "discharges|episodes-closed||3||3",
                        "discharges|episodes-closed-by-reason|deceased|1|3|0.3333",
                        "discharges|episodes-closed-by-reason|goals-met|2|3|0.6667");
        assertBalanceMatchesTheCaseloads(measures.get("months").get(0));
    }

    @Test
    void februaryCountsOnlyItsOwnEventsAndShowsEmptySharesAsNull() {
        JsonNode measures = get("/api/measures?from=2031-02&to=2031-04", "reviewer");
        assertThat(StreamSupport.stream(measures.get("months").spliterator(), false)
                        .map(m -> m.get("month").asText()))
                .containsExactly("2031-02", "2031-03", "2031-04");
        assertThat(figures(measures, 0, false))
                .containsExactly(
                        "transitional-care|contact-within-2-business-days||1|1|1",
                        "transitional-care|face-to-face-within-7-days||0|1|0",
                        "transitional-care|face-to-face-within-14-days||0|1|0",
                        "transitional-care|medication-reconciled-by-visit||0|1|0",
                        "referrals|loop-closure||0|0|-",
                        "referrals|median-days-to-close|||0|-",
                        "referrals|unmet||0|0|-",
                        "chronic-care-management|patient-months-with-20-minutes||0|0|-",
                        "outreach|contacts-made-of-due|low|0|0|-",
                        "outreach|contacts-made-of-due|medium|0|0|-",
                        "outreach|contacts-made-of-due|high|0|0|-",
                        "outreach|unable-to-reach||0|0|-",
                        "caseload|open-cases-at-month-end|" + A + "|4||4",
                        "caseload|open-cases-at-month-end|" + B + "|3||3",
                        "discharges|episodes-closed||1||1",
                        "discharges|episodes-closed-by-reason|lost-to-follow-up|1|1|1");
        // April: the referral opened on the 1st, the contact after midnight (30 minutes), the task due on the 1st
        assertThat(figures(measures, 2, false))
                .contains(
                        "referrals|loop-closure||0|1|0",
                        "chronic-care-management|patient-months-with-20-minutes||1|1|1",
                        "outreach|contacts-made-of-due|unknown|0|1|0",
                        "outreach|unable-to-reach||0|1|0");
    }

    @Test
    void aProgramNarrowsEveryFigureToItsCases() {
        JsonNode measures = get("/api/measures?from=2031-03&to=2031-03&program=transitional-care", "manager");
        List<String> figures = figures(measures, 0, false);
        assertThat(figures)
                .contains(
                        "transitional-care|contact-within-2-business-days||0|0|-",
                        "referrals|loop-closure||1|1|1",
                        "referrals|median-days-to-close|||1|1",
                        "referrals|unmet||1|1|1",
                        "referrals|unmet-reason|Patient declined|1|1|1",
                        "chronic-care-management|patient-months-with-20-minutes||0|1|0",
                        "outreach|contacts-made-of-due|unknown|1|1|1",
                        "outreach|contacts-made-of-due|high|0|0|-",
                        "outreach|unable-to-reach||1|1|1",
                        "caseload|open-cases-at-month-end|" + B + "|1||1",
                        "discharges|episodes-closed||0||0");
        assertThat(figures).noneMatch(f -> f.startsWith("caseload|open-cases-at-month-end|" + A + "|"));
    }

    @Test
    void aCoordinatorNarrowsEveryFigureToTheirCases() {
        JsonNode measures = get("/api/measures?from=2031-03&to=2031-03&coordinator=" + B, "manager");
        assertThat(figures(measures, 0, true))
                .containsExactly(
                        "transitional-care|contact-within-2-business-days||0|0|-",
                        "transitional-care|face-to-face-within-7-days||0|0|-",
                        "transitional-care|face-to-face-within-14-days||0|0|-",
                        "transitional-care|medication-reconciled-by-visit||0|0|-",
                        "referrals|loop-closure||1|1|1",
                        "referrals|median-days-to-close|||1|1",
                        "referrals|unmet||1|1|1",
                        "referrals|unmet-reason|Patient declined|1|1|1",
                        "chronic-care-management|patient-months-with-20-minutes||0|1|0",
                        "outreach|contacts-made-of-due|low|0|0|-",
                        "outreach|contacts-made-of-due|medium|0|0|-",
                        "outreach|contacts-made-of-due|high|0|0|-",
                        "outreach|contacts-made-of-due|unknown|1|1|1",
                        "outreach|unable-to-reach||1|1|1",
                        "caseload|open-cases-at-month-end|" + B + "|1||1",
                        "caseload|balance-coefficient-of-variation|||1|0",
                        "discharges|episodes-closed||2||2",
                        "discharges|episodes-closed-by-reason|deceased|1|2|0.5",
                        "discharges|episodes-closed-by-reason|goals-met|1|2|0.5");
    }

    @Test
    void managersAndReviewersReadTheMeasuresAndEachReadIsAudited() {
        String count = "select count(*) from audit_event where user_id = ? and action = ? and case_id is null";
        int before = jdbc.queryForObject(count, Integer.class, "reviewer", MeasuresController.MEASURES_READ);
        assertThat(api.get("/api/measures?from=2031-03&to=2031-03", "manager").status())
                .isEqualTo(200);
        assertThat(api.get("/api/measures?from=2031-03&to=2031-03", "reviewer").status())
                .isEqualTo(200);
        assertThat(jdbc.queryForObject(count, Integer.class, "reviewer", MeasuresController.MEASURES_READ))
                .isEqualTo(before + 1);
        assertThat(api.get("/api/measures?from=2031-03&to=2031-03", "coordinator")
                        .status())
                .isEqualTo(403);
        assertThat(api.get("/api/measures?from=2031-03&to=2031-03", "admin").status())
                .isEqualTo(403);
        assertThat(api.get("/api/measures?from=2031-03&to=2031-03", null).status())
                .isEqualTo(401);
    }

    @Test
    void withoutMonthsTheLastTwelveAreShown() {
        JsonNode measures = get("/api/measures", "manager");
        assertThat(measures.get("months")).hasSize(12);
    }

    @ParameterizedTest
    @CsvSource({
        "from=2031-3&to=2031-04, from",
        "from=2031-03&to=2031-13, to",
        "from=2031-04&to=2031-03, from",
        "from=2028-01&to=2031-01, to",
        "from=2028-02&to=2031-01&program=dental, program",
        "coordinator=no%20one, coordinator",
        "format=xml, format"
    })
    void badParametersAreRefusedNamingTheParameter(String query, String field) {
        Api.Response response = api.get("/api/measures?" + query, "manager");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo(field);
        assertThat(response.body()).doesNotContain("Exception", "select ");
    }

    @Test
    void aBadParameterIsProblemJsonAlsoWhenCsvWasAskedFor() {
        Api.Response response = api.raw(
                "GET",
                "/api/measures?from=2031-3",
                Map.of("Accept", "text/csv", "Authorization", basic("manager")),
                null,
                false);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("from");
    }

    @Test
    void thirtySixMonthsAreAllowed() {
        assertThat(api.get("/api/measures?from=2028-04&to=2031-03", "manager").status())
                .isEqualTo(200);
    }

    @Test
    void csvHasOneRowPerMonthAndFigure() {
        JsonNode json = get("/api/measures?from=2031-02&to=2031-03&coordinator=" + A, "manager");
        int figures = json.get("months").get(0).get("figures").size()
                + json.get("months").get(1).get("figures").size();
        Api.Response byFormat =
                api.get("/api/measures?from=2031-02&to=2031-03&coordinator=" + A + "&format=csv", "manager");
        Api.Response byAccept = api.raw(
                "GET",
                "/api/measures?from=2031-02&to=2031-03&coordinator=" + A,
                Map.of("Accept", "text/csv", "Authorization", basic("manager")),
                null,
                false);
        for (Api.Response csv : List.of(byFormat, byAccept)) {
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            String[] lines = csv.body().split("\r\n");
            assertThat(lines[0]).isEqualTo("month,group,measure,breakdown,numerator,denominator,value");
            assertThat(lines).hasSize(1 + figures);
            assertThat(lines)
                    .contains(
                            "2031-02,caseload,open-cases-at-month-end," + A + ",4,,4",
                            "2031-03,referrals,unmet-reason,No provider in area,2,2,1.0000",
                            "2031-03,referrals,median-days-to-close,,,4,3.5",
                            "2031-03,transitional-care,face-to-face-within-14-days,,2,3,0.6667");
        }
        assertThat(byAccept.body()).isEqualTo(byFormat.body());
    }

    private JsonNode get(String path, String user) {
        Api.Response response = api.get(path, user);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /**
     * "group|measure|breakdown|numerator|denominator|value" of a month's figures (value without trailing zeros, "-"
     * when null); caseload rows only for this test's coordinators, and the balance only when asked.
     */
    private static List<String> figures(JsonNode measures, int month, boolean withBalance) {
        List<String> rows = new ArrayList<>();
        for (JsonNode f : measures.get("months").get(month).get("figures")) {
            String measure = f.get("measure").asText();
            String breakdown =
                    f.get("breakdown").isNull() ? "" : f.get("breakdown").asText();
            if (measure.equals("open-cases-at-month-end") && !breakdown.startsWith("measures-it-")) {
                continue;
            }
            if (measure.equals("balance-coefficient-of-variation") && !withBalance) {
                continue;
            }
            rows.add(String.join(
                    "|",
                    f.get("group").asText(),
                    measure,
                    breakdown,
                    f.get("numerator").isNull() ? "" : f.get("numerator").asText(),
                    f.get("denominator").isNull() ? "" : f.get("denominator").asText(),
                    f.get("value").isNull()
                            ? "-"
                            : f.get("value").decimalValue().stripTrailingZeros().toPlainString()));
        }
        return rows;
    }

    /** Balance = population standard deviation ÷ mean of every caseload row of the month. */
    private static void assertBalanceMatchesTheCaseloads(JsonNode month) {
        List<Long> counts = new ArrayList<>();
        JsonNode balance = null;
        for (JsonNode f : month.get("figures")) {
            if (f.get("measure").asText().equals("open-cases-at-month-end")) {
                counts.add(f.get("numerator").asLong());
            } else if (f.get("measure").asText().equals("balance-coefficient-of-variation")) {
                balance = f;
            }
        }
        assertThat(balance).isNotNull();
        assertThat(balance.get("denominator").asLong()).isEqualTo(counts.size());
        assertThat(balance.get("value").decimalValue())
                .isEqualByComparingTo(CaseloadMeasures.coefficientOfVariation(
                        counts.stream().mapToLong(Long::longValue).toArray()));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
    }
}
