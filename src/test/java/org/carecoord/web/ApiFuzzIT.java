package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.referral.ReferralLinksForTests;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.web.FuzzRequests.Endpoint;
import org.carecoord.web.FuzzRequests.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Issue #9 §9: well over 1,000 malformed requests (fixed seed) against every API endpoint that takes input and the
 * provider pages. None may answer 5xx, every API refusal is problem+json, no answer or log line shows internals or
 * repeats what was sent, and not one row changes in any CareCoord table or the engine's runtime tables.
 */
@ExtendWith(OutputCaptureExtension.class)
class ApiFuzzIT extends PostgresIntegrationTest {

    private static final long SEED = 20_261_201L;
    /** Internals no answer may show: exception and class names, SQL, stack frames, table names. */
    private static final Pattern LEAK = Pattern.compile("Exception|\\borg\\.[a-z]|\\bjava\\.|\\bjakarta\\.|SQL"
            + "|(?i:select\\s[^<>]*\\sfrom\\s|insert\\sinto|constraint|violates|duplicate key|relation \")|\\tat |at org\\.|at java\\."
            + "|care_case|hospital_stay|referral_need|referral_status|transitional_care_step|care_plan_|outbox"
            + "|(?i:act_ru_|act_hi_)|flyway|com\\.fasterxml");
    /** In a log line: a stack frame, an exception (its message may quote values) or SQL. */
    private static final Pattern LOG_LEAK =
            Pattern.compile("\\tat |Caused by|Exception|(?i:insert into|select .* from)");

    @Value("${carecoord.referral.link-secret}")
    String linkSecret;

    @Test
    void malformedRequestsAreRefusedCleanlyAndChangeNothing(CapturedOutput output) {
        Api api = new Api(port);
        long intakeCase = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Fuzz", IntakeApiITFixtures.uniqueName(), "1950-03-04", "routine"))
                .json()
                .get("caseId")
                .asLong();
        long activeCase = jdbc.queryForObject("select min(id) from care_case where status = 'active'", Long.class);
        long provider = jdbc.queryForObject("select min(id) from provider", Long.class);
        var referral = jdbc.queryForMap("select id, attempt from referral where status = 'requested' and provider_id"
                + " is not null order by id limit 1");
        long referralId = ((Number) referral.get("id")).longValue();
        int attempt = ((Number) referral.get("attempt")).intValue();
        Instant valid = Instant.now().plusSeconds(86_400);
        String respond = ReferralLinksForTests.sign(linkSecret, referralId, attempt, true, valid);
        String outcome = ReferralLinksForTests.sign(linkSecret, referralId, attempt, false, valid);

        FuzzRequests fuzz = new FuzzRequests(
                SEED,
                endpoints(activeCase, provider, referralId),
                List.of(
                        "/api/cases/" + activeCase,
                        "/api/cases/" + activeCase + "/contacts",
                        "/api/cases/" + activeCase + "/hospital-stays",
                        "/api/cases/" + activeCase + "/referrals",
                        "/api/cases/" + activeCase + "/care-plans",
                        "/api/cases/" + activeCase + "/care-plans/1",
                        "/api/cases/" + activeCase + "/overview",
                        "/api/caseload",
                        "/api/providers/" + provider));
        List<Request> requests = new ArrayList<>(fuzz.bodies(1_120));
        requests.addAll(fuzz.paths(
                240,
                List.of("/api/providers/" + provider + "/deactivate", "/api/providers/" + provider + "/activate")));
        requests.addAll(ProviderPageRequests.of(
                fuzz,
                respond,
                outcome,
                ReferralLinksForTests.sign(
                        linkSecret, referralId, attempt, true, Instant.now().minusSeconds(60)),
                300));
        String dischargeReport = """
                {"facility": "Springfield General", "admittedOn": "2024-01-02", "dischargedOn": "2024-01-05",
                 "disposition": "home"}""";
        List<Request> inIntake = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inIntake.add(fuzz.request(
                    "POST",
                    "/api/cases/" + intakeCase + "/events/hospital-discharge",
                    withJson(FuzzRequests.auth("manager")),
                    dischargeReport.getBytes(StandardCharsets.UTF_8),
                    List.of()));
        }
        requests.addAll(inIntake);

        Map<String, String> before = snapshot();
        int logStart = output.getAll().length();
        long started = System.nanoTime();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Request request : requests) {
            Api.Response response =
                    api.raw(request.method(), request.path(), request.headers(), request.body(), request.chunked());
            statuses.merge(response.status(), 1, Integer::sum);
            check(request, response, failures);
            if (inIntake.contains(request) && response.status() != 409) {
                failures.add("a discharge for a case in intake -> " + response.status() + ": " + response.body());
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.println("ApiFuzzIT: " + requests.size() + " requests in " + seconds + " s, by status " + statuses
                + ", " + failures.size() + " failures");

        assertThat(failures).as("answers that failed a check").isEmpty();
        assertThat(snapshot()).as("rows of every table").isEqualTo(before);
        String logged = output.getAll().substring(logStart);
        assertThat(LOG_LEAK.matcher(logged).find())
                .as("log lines with stack frames or SQL:%n%s", logged)
                .isFalse();
        requests.stream()
                .flatMap(r -> r.markers().stream())
                .filter(logged::contains)
                .findFirst()
                .ifPresent(marker ->
                        assertThat(logged).as("a value sent reached the log").doesNotContain(marker));
        assertThat(requests.size()).isGreaterThanOrEqualTo(1_000);
    }

    private static void check(Request request, Api.Response response, List<String> failures) {
        String what = request.method() + " " + abbreviate(request.path()) + " -> " + response.status();
        if (response.status() >= 500) {
            failures.add(what + " (server error): " + abbreviate(response.body()));
        }
        if (request.api()
                && response.status() >= 400
                && !response.contentType().startsWith("application/problem+json")) {
            failures.add(
                    what + " not problem+json but '" + response.contentType() + "': " + abbreviate(response.body()));
        }
        var leak = LEAK.matcher(response.body());
        if (leak.find()) {
            failures.add(what + " shows '" + leak.group() + "': " + abbreviate(response.body()));
        }
        for (String marker : request.markers()) {
            if (response.body().contains(marker)) {
                failures.add(what + " repeats a value sent: " + abbreviate(response.body()));
            }
        }
    }

    /**
     * Every CareCoord table and the engine's runtime tables: row count and a digest of the rows. The audit trail is
     * left out: recording every attempt on a case, refused ones included, is its purpose.
     */
    private Map<String, String> snapshot() {
        Map<String, String> tables = new LinkedHashMap<>();
        for (String table : jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema ="
                        + " current_schema() and table_type = 'BASE TABLE' and table_name <> 'audit_event'"
                        + " and (table_name not like 'act\\_%' or table_name in"
                        + " ('act_ru_execution', 'act_ru_task', 'act_ru_variable', 'act_ru_job', 'act_ru_event_subscr'))"
                        + " order by table_name",
                String.class)) {
            tables.put(
                    table,
                    jdbc.queryForObject(
                            "select count(*) || ' ' || coalesce(md5(string_agg(t::text, ','"
                                    + " order by t::text)), '') from " + table + " t",
                            String.class));
        }
        return tables;
    }

    private static List<Endpoint> endpoints(long caseId, long provider, long referralId) {
        String cases = "/api/cases/" + caseId;
        String providerBody = """
                {"name": "Fuzz Provider", "serviceTypes": ["home-care"], "email": "fuzz@example.org",
                 "phone": "+1 555 0100", "languages": ["en"], "acceptsNewClients": true, "active": true}""";
        List<String> providerStrict = List.of("serviceTypes", "email", "languages", "acceptsNewClients");
        List<String> providerRequired = List.of("name", "serviceTypes", "email", "languages", "acceptsNewClients");
        return List.of(
                new Endpoint(
                        "POST",
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ann", "Fuzzcase", "1950-03-04", "routine"),
                        List.of(
                                "program",
                                "urgency",
                                "patient.sex",
                                "patient.dateOfBirth",
                                "patient.email",
                                "patient.phone",
                                "patient.preferredLanguage"),
                        List.of(
                                "patient",
                                "program",
                                "referralSource",
                                "reasonForReferral",
                                "urgency",
                                "patient.firstName",
                                "patient.lastName",
                                "patient.dateOfBirth",
                                "patient.sex"),
                        List.of(
                                "referralSource",
                                "reasonForReferral",
                                "patient.firstName",
                                "patient.lastName",
                                "patient.address",
                                "patient.guardianName")),
                new Endpoint(
                        "POST",
                        cases + "/events/hospital-discharge",
                        "manager",
                        """
                        {"facility": "Springfield General", "admittedOn": "2024-01-02", "dischargedOn": "2024-01-05",
                         "disposition": "home"}""",
                        List.of("admittedOn", "dischargedOn", "disposition"),
                        List.of("facility", "admittedOn", "dischargedOn", "disposition"),
                        List.of("facility")),
                new Endpoint(
                        "POST",
                        cases + "/events/patient-withdrew",
                        "manager",
                        "{\"note\": \"moved away\"}",
                        List.of(),
                        List.of(),
                        List.of("note")),
                new Endpoint(
                        "POST",
                        cases + "/events/patient-deceased",
                        "manager",
                        "{\"dateOfDeath\": \"2024-02-03\"}",
                        List.of("dateOfDeath"),
                        List.of("dateOfDeath"),
                        List.of()),
                new Endpoint(
                        "POST",
                        cases + "/events/care-transferred",
                        "manager",
                        "{\"receivingOrganisation\": \"County Care\", \"note\": \"by request\"}",
                        List.of(),
                        List.of("receivingOrganisation"),
                        List.of("receivingOrganisation", "note")),
                new Endpoint(
                        "POST",
                        cases + "/referrals",
                        "manager",
                        "{\"serviceType\": \"transportation\", \"reason\": \"no car\"}",
                        List.of("serviceType"),
                        List.of("serviceType"),
                        List.of("reason")),
                new Endpoint(
                        "POST",
                        "/api/referrals/" + referralId + "/responses",
                        "manager",
                        "{\"answer\": \"accept\", \"spokeWith\": \"front desk\", \"note\": \"Monday\"}",
                        List.of("answer"),
                        List.of("answer"),
                        List.of("spokeWith", "note")),
                new Endpoint(
                        "POST",
                        cases + "/break-glass",
                        "coordinator",
                        "{\"reason\": \"patient at the front desk in crisis\"}",
                        List.of(),
                        List.of("reason"),
                        List.of("reason")),
                new Endpoint(
                        "POST",
                        "/api/providers",
                        "manager",
                        providerBody,
                        providerStrict,
                        providerRequired,
                        List.of("name", "phone")),
                new Endpoint(
                        "PUT",
                        "/api/providers/" + provider,
                        "manager",
                        providerBody,
                        providerStrict,
                        providerRequired,
                        List.of("name", "phone")));
    }

    private static Map<String, String> withJson(Map<String, String> headers) {
        headers.put("Content-Type", "application/json");
        return headers;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((name, value) -> out.append(out.isEmpty() ? "" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
