package org.carecoord.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.calendar.BusinessCalendarProperties;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reviewers' episode list and audit trail over real HTTP on PostgreSQL, with episodes worked as people work them
 * ({@link ReviewFixtures}): filters, paging, validation, who may ask, the audit of each call, CSV, and a closed
 * episode's trail across its stage processes with who claimed and completed each task.
 */
class EpisodesIT extends PostgresIntegrationTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static ReviewFixtures.Episode closed;
    private static ReviewFixtures.Episode running;

    @Autowired
    BusinessCalendarProperties calendar;

    private Api api;

    @BeforeEach
    void episodes() {
        api = new Api(port);
        if (closed == null) {
            var fixtures = new ReviewFixtures(port, tasks, identity, management, jdbc);
            closed = fixtures.closedEpisode();
            running = fixtures.runningEpisode();
        }
    }

    @Test
    void aReviewerListsRunningAndClosedEpisodesOfAPeriodNewestFirstWithoutPatientDetails() {
        var today = api.get("/api/episodes?from=" + today() + "&to=" + today() + "&size=200", "reviewer");

        assertThat(today.status()).as(today.body()).isEqualTo(200);
        List<String> numbers = numbers(today.json());
        assertThat(numbers).contains(closed.caseNumber(), running.caseNumber());
        assertThat(numbers.indexOf(running.caseNumber()))
                .as("newest first")
                .isLessThan(numbers.indexOf(closed.caseNumber()));
        JsonNode closedRow = row(today.json(), closed.caseNumber());
        assertThat(closedRow.get("status").asText()).isEqualTo("closed");
        assertThat(closedRow.get("caseStatus").asText()).isIn("finished", "cancelled");
        assertThat(closedRow.get("dischargeReason").asText()).isEqualTo("patient-declined");
        assertThat(closedRow.get("stage").asText()).as("the last stage").isEqualTo("Discharge");
        assertThat(closedRow.get("instanceRunning").asBoolean()).isFalse();
        assertThat(closedRow.get("coordinator").asText()).isEqualTo(closed.coordinator());
        assertThat(closedRow.get("program").asText()).isEqualTo("chronic-care");
        assertThat(closedRow.hasNonNull("startedAt")).isTrue();
        assertThat(closedRow.hasNonNull("endedAt")).isTrue();
        JsonNode runningRow = row(today.json(), running.caseNumber());
        assertThat(runningRow.get("status").asText()).isEqualTo("running");
        assertThat(runningRow.get("stage").asText()).as("the current stage").isEqualTo("Intake");
        assertThat(runningRow.get("instanceRunning").asBoolean()).isTrue();
        assertThat(runningRow.has("endedAt")).isFalse();
        assertThat(today.body())
                .doesNotContain(closed.lastName())
                .doesNotContain(running.lastName())
                .doesNotContain("Mabel")
                .doesNotContain("555 0100")
                .doesNotContain(ReviewFixtures.WITHDRAWAL_NOTE)
                .doesNotContain("missed follow-ups");
    }

    @Test
    void filtersNarrowTheListByStatusReasonCoordinatorAndProgram() {
        String period = "/api/episodes?size=200&from=" + today() + "&to=" + today();

        assertThat(numbers(api.get(period + "&status=closed", "manager").json()))
                .contains(closed.caseNumber())
                .doesNotContain(running.caseNumber());
        assertThat(numbers(api.get(period + "&status=running", "manager").json()))
                .contains(running.caseNumber())
                .doesNotContain(closed.caseNumber());
        assertThat(numbers(
                        api.get(period + "&reason=patient-declined", "reviewer").json()))
                .contains(closed.caseNumber())
                .doesNotContain(running.caseNumber());
        assertThat(numbers(api.get(period + "&coordinator=" + closed.coordinator(), "reviewer")
                        .json()))
                .contains(closed.caseNumber())
                .doesNotContain(running.caseNumber());
        assertThat(numbers(api.get(period + "&program=behavioral-health", "reviewer")
                        .json()))
                .doesNotContain(closed.caseNumber(), running.caseNumber());
        assertThat(numbers(api.get(period + "&program=chronic-care", "admin").json()))
                .contains(closed.caseNumber(), running.caseNumber());
        assertThat(numbers(api.get(
                                "/api/episodes?caseNumber="
                                        + closed.caseNumber().toLowerCase(),
                                "reviewer")
                        .json()))
                .as("by case number")
                .containsExactly(closed.caseNumber());
        String yesterday = LocalDate.now(zone()).minusDays(1).toString();
        assertThat(numbers(api.get("/api/episodes?size=200&to=" + yesterday, "reviewer")
                        .json()))
                .doesNotContain(closed.caseNumber(), running.caseNumber());
    }

    @Test
    void pagesCountTheWholeListAndDoNotOverlap() {
        String period = "/api/episodes?from=" + today() + "&to=" + today() + "&size=1";

        JsonNode first = api.get(period + "&page=1", "reviewer").json();
        JsonNode second = api.get(period + "&page=2", "reviewer").json();

        assertThat(first.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.get("size").asInt()).isEqualTo(1);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(numbers(first)).hasSize(1);
        assertThat(numbers(second)).hasSize(1).doesNotContainAnyElementsOf(numbers(first));
        assertThat(api.get("/api/episodes", "reviewer").json().get("size").asInt())
                .as("default size")
                .isEqualTo(50);
    }

    @Test
    void invalidFiltersAre400NamingEachField() {
        assertThat(fields(api.get("/api/episodes?from=2026-13-01", "reviewer"))).containsExactly("from");
        assertThat(fields(api.get("/api/episodes?from=2026-12-01&to=2026-11-30", "reviewer")))
                .containsExactly("to");
        assertThat(fields(api.get("/api/episodes?status=open", "reviewer"))).containsExactly("status");
        assertThat(fields(api.get("/api/episodes?program=surgery", "reviewer"))).containsExactly("program");
        assertThat(fields(api.get("/api/episodes?reason=%3Cscript%3E", "reviewer")))
                .containsExactly("reason");
        assertThat(fields(api.get("/api/episodes?coordinator=a%20b", "reviewer")))
                .containsExactly("coordinator");
        assertThat(fields(api.get("/api/episodes?size=201", "reviewer"))).containsExactly("size");
        assertThat(fields(api.get("/api/episodes?caseNumber=CC%27%20or%201%3D1", "reviewer")))
                .containsExactly("caseNumber");
        assertThat(fields(api.get("/api/episodes?page=0&size=x", "reviewer"))).containsExactly("page", "size");
        var tooMany = api.get("/api/episodes?to=yesterday", "reviewer");
        assertThat(tooMany.body()).doesNotContain("yesterday");
    }

    @Test
    void coordinatorsAre403ForTheListAndEvenForTheirOwnCasesTrailAndTheRefusalsAreAudited() {
        var list = api.get("/api/episodes", "coordinator");
        var trail = api.get("/api/cases/" + closed.caseId() + "/audit-trail", closed.coordinator());

        for (var response : List.of(list, trail)) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
            assertThat(response.json().get("type").asText()).isEqualTo("urn:carecoord:problem:reviewers-only");
            assertThat(response.json().get("detail").asText()).contains("managers, reviewers and administrators");
        }
        assertThat(trail.body()).doesNotContain("break-glass");
        assertThat(jdbc.queryForObject("""
                select outcome from audit_event where user_id = ? and case_id = ?
                and resource = 'GET /api/cases/{caseId}/audit-trail' order by id desc limit 1""", String.class, closed.coordinator(), closed.caseId()))
                .isEqualTo("denied");
        assertThat(jdbc.queryForObject("""
                select outcome from audit_event where user_id = 'coordinator' and action = 'episode-list'
                order by id desc limit 1""", String.class)).isEqualTo("denied");
    }

    @Test
    void everyListCallIsAudited() {
        long before = listAudits("reviewer");

        api.get("/api/episodes?status=closed", "reviewer");

        assertThat(listAudits("reviewer")).isEqualTo(before + 1);
        assertThat(jdbc.queryForMap("""
                select resource, basis, outcome, case_id from audit_event where user_id = 'reviewer'
                and action = 'episode-list' order by id desc limit 1"""))
                .containsEntry("resource", "GET /api/episodes")
                .containsEntry("basis", "reviewer")
                .containsEntry("outcome", "granted")
                .containsEntry("case_id", null);
    }

    @Test
    void aClosedEpisodesTrailHasItsStageProcessesAndWhoClaimedAndCompletedEachTask() {
        var response = api.get("/api/cases/" + closed.caseId() + "/audit-trail", "reviewer");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode trail = response.json();
        assertThat(trail.get("caseNumber").asText()).isEqualTo(closed.caseNumber());
        assertThat(trail.get("truncated").asBoolean()).isFalse();
        List<JsonNode> rows =
                StreamSupport.stream(trail.get("rows").spliterator(), false).toList();
        assertThat(rows)
                .extracting(row -> java.time.Instant.parse(row.get("time").asText()))
                .isSorted();
        assertThat(rows)
                .filteredOn(row -> "process".equals(text(row, "kind")))
                .extracting(row -> text(row, "process"))
                .contains("Care episode", "Intake", "Assessment", "Discharge");
        JsonNode consent = task(rows, "Record consent");
        assertThat(text(consent, "who")).isEqualTo("coordinator");
        assertThat(text(consent, "detail"))
                .contains("claimed by coordinator at ")
                .contains("completed by coordinator at ");
        assertThat(text(consent, "process")).isEqualTo("Intake");
        assertThat(consent.hasNonNull("end")).isTrue();
        JsonNode summary = task(rows, "Prepare discharge summary");
        assertThat(text(summary, "who")).isEqualTo(closed.coordinator());
        assertThat(text(summary, "detail")).contains("completed by " + closed.coordinator());
        assertThat(text(summary, "process")).isEqualTo("Discharge");
        assertThat(rows)
                .filteredOn(row -> "user-operation".equals(text(row, "kind")))
                .extracting(row -> text(row, "what"))
                .anyMatch(what -> what.startsWith("Claim Task Record consent"))
                .anyMatch(what -> what.startsWith("Complete Task Prepare discharge summary"));
        assertThat(rows)
                .filteredOn(row -> "variables".equals(text(row, "kind")))
                .anyMatch(row ->
                        text(row, "detail").contains("consentDecision") && "coordinator".equals(text(row, "who")));
        assertThat(rows)
                .filteredOn(row -> "case".equals(text(row, "source")))
                .extracting(row -> text(row, "what"))
                .contains("Case opened", "Consent given", "Discharge summary prepared")
                .anyMatch(what -> what.startsWith("Coordinator assigned: " + closed.coordinator()));
        assertThat(rows)
                .filteredOn(row -> "audit".equals(text(row, "source")))
                .anyMatch(row -> "POST /api/cases/{caseId}/events/patient-withdrew".equals(text(row, "what"))
                        && "manager".equals(text(row, "who")));
        assertThat(response.body())
                .as("no free text, no patient details")
                .doesNotContain(closed.lastName())
                .doesNotContain(ReviewFixtures.WITHDRAWAL_NOTE)
                .doesNotContain(ReviewFixtures.SUMMARY_NOTE)
                .doesNotContain("555 0100")
                .doesNotContain("12 Elm St");
    }

    @Test
    void aRunningEpisodesTrailShowsItsOpenTask() {
        JsonNode trail = api.get("/api/cases/" + running.caseId() + "/audit-trail", "manager")
                .json();

        JsonNode consent = task(
                StreamSupport.stream(trail.get("rows").spliterator(), false).toList(), "Record consent");
        assertThat(text(consent, "detail")).startsWith("open");
        assertThat(consent.has("end")).isFalse();
    }

    @Test
    void theTrailAsCsvHasAHeaderQuotesByRfc4180AndNeutralisesFormulas() {
        String episodeInstance = jdbc.queryForObject(
                "select process_instance_id from care_case where id = ?", String.class, running.caseId());
        runtime.setVariable(episodeInstance, "=HYPERLINK(\"http://evil.example\",\"x\")", 1);
        var csv = api.raw(
                "GET",
                "/api/cases/" + running.caseId() + "/audit-trail",
                Map.of("Authorization", basic("reviewer"), "Accept", "text/csv"),
                null,
                false);
        var byLink = api.raw(
                "GET",
                "/api/cases/" + running.caseId() + "/audit-trail?format=csv",
                Map.of("Authorization", basic("reviewer")),
                null,
                false);

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(byLink.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("time,end,source,kind,process,processInstanceId,what,who,detail\r\n");
        List<List<String>> records = parse(csv.body());
        assertThat(records).allSatisfy(record -> assertThat(record).hasSize(9));
        assertThat(records)
                .extracting(record -> record.get(8))
                .contains("'=HYPERLINK(\"http://evil.example\",\"x\") (values not shown)");
        assertThat(csv.body())
                .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\") (values not shown)\"")
                .doesNotContain(",=HYPERLINK")
                .doesNotContain(",\"=HYPERLINK");
        assertThat(records).extracting(record -> record.get(6)).contains("Case opened");
        assertThat(api.get("/api/cases/" + running.caseId() + "/audit-trail?format=xml", "reviewer")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void theWebappSessionReadsTheApiAndItsChangesNeedTheCsrfToken() {
        var session = WebappSession.logIn(port, "reviewer", "cockpit");

        var list = session.get("/api/episodes?status=closed");
        var withoutToken = session.post(
                "/api/cases/" + running.caseId() + "/break-glass",
                "{\"reason\": \"checking the session path\"}",
                false);
        var withToken = session.post(
                "/api/cases/" + running.caseId() + "/break-glass", "{\"reason\": \"checking the session path\"}", true);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().has("episodes")).isTrue();
        for (int round = 0; round < 3; round++) {
            assertThat(session.get("/camunda/api/engine/engine/default/process-definition/count")
                            .status())
                    .as("Cockpit's own calls keep the session")
                    .isEqualTo(200);
            assertThat(session.get("/api/cases/" + closed.caseId() + "/audit-trail")
                            .status())
                    .as("and so do CareCoord's")
                    .isEqualTo(200);
        }
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("X-XSRF-TOKEN");
        assertThat(withToken.status())
                .as("past the CSRF check, refused by group: reviewers do not break glass")
                .isEqualTo(403);
        assertThat(withToken.body()).doesNotContain("X-XSRF-TOKEN");
        assertThat(api.raw("GET", "/api/episodes", Map.of("X-Requested-With", "XMLHttpRequest"), null, false)
                        .status())
                .as("no session, no credentials")
                .isEqualTo(401);
    }

    private static String text(JsonNode row, String field) {
        return row.hasNonNull(field) ? row.get(field).asText() : null;
    }

    private static JsonNode task(List<JsonNode> rows, String name) {
        return rows.stream()
                .filter(row ->
                        "task".equals(text(row, "kind")) && text(row, "what").startsWith(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no task row " + name + " in " + rows));
    }

    private long listAudits(String user) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where user_id = ? and action = 'episode-list'", Long.class, user);
    }

    private static List<String> numbers(JsonNode page) {
        return StreamSupport.stream(page.get("episodes").spliterator(), false)
                .map(row -> row.get("caseNumber").asText())
                .toList();
    }

    private static JsonNode row(JsonNode page, String caseNumber) {
        return StreamSupport.stream(page.get("episodes").spliterator(), false)
                .filter(row -> caseNumber.equals(row.get("caseNumber").asText()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> fields(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        return response.json().get("errors").findValuesAsText("field");
    }

    private String today() {
        return LocalDate.now(zone()).toString();
    }

    private ZoneId zone() {
        return calendar.zone();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + user).getBytes());
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }
}
