package org.carecoord.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.support.Api;
import org.carecoord.support.JobRunner;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #10 §3: managers preview and run the migration of running instances to another version. */
class MigrationIT extends PostgresIntegrationTest {

    private static final String PATH = "/api/admin/migrations";

    private Api api;
    private MigrationProbe probe;

    @BeforeEach
    void deployTwoVersions() {
        api = new Api(port);
        probe = new MigrationProbe(
                        repository,
                        runtime,
                        "migration-probe-" + UUID.randomUUID().toString().substring(0, 8))
                .deployVersion1();
    }

    @AfterEach
    void removeProbe() {
        probe.remove();
    }

    @Test
    void aDryRunListsTheInstancesAndTheActivitiesWithoutCounterpartAndChangesNothing() {
        String waitingForReview = probe.start("C-MIG-0001");
        String waitingForSignOff = probe.start("C-MIG-0002");
        probe.reviewDone(tasks, waitingForSignOff);
        probe.deployVersion2();

        var response = api.post(PATH, "manager", request(probe.key(), 1, 2, true));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode preview = response.json();
        assertThat(preview.path("instanceCount").asInt()).isEqualTo(2);
        assertThat(preview.path("instances").findValuesAsText("caseNumber"))
                .containsExactlyInAnyOrder("C-MIG-0001", "C-MIG-0002");
        assertThat(preview.path("instances").findValuesAsText("processInstanceId"))
                .containsExactlyInAnyOrder(waitingForReview, waitingForSignOff);
        JsonNode unmapped = preview.path("unmappedActivities");
        assertThat(unmapped.size()).isOne();
        assertThat(unmapped.get(0).path("activityId").asText()).isEqualTo(MigrationProbe.SIGN_OFF);
        assertThat(unmapped.get(0).path("activityName").asText()).isEqualTo("Sign off");
        assertThat(unmapped.get(0).path("activeInstances").asInt()).isOne();
        assertThat(preview.path("problems").get(0).asText())
                .isEqualTo("1 instance waits at 'Sign off' (Task_SignOff), which version 2 has no counterpart for.");
        assertThat(preview.path("canMigrate").asBoolean()).isFalse();
        // a dry run migrates for real inside a transaction that is rolled back: nothing moved
        assertThat(probe.versionOf(waitingForReview)).isOne();
        assertThat(probe.versionOf(waitingForSignOff)).isOne();

        var migrate = api.post(PATH, "manager", request(probe.key(), 1, 2, false));
        assertThat(migrate.status()).as(migrate.body()).isEqualTo(409);
        assertThat(migrate.json().path("detail").asText()).contains("Nothing was migrated");
        assertThat(probe.versionOf(waitingForReview)).isOne();
    }

    @Test
    void aMigrationRunsAsABatchAndMovesTheInstancesToTheNewVersion() {
        String first = probe.start("C-MIG-0011");
        String second = probe.start("C-MIG-0012");
        probe.deployVersion2();
        var preview =
                api.post(PATH, "manager", request(probe.key(), 1, 2, true)).json();
        assertThat(preview.path("canMigrate").asBoolean())
                .as(preview.toString())
                .isTrue();
        assertThat(preview.path("unmappedActivities").size()).isZero();

        var response = api.post(PATH, "manager", request(probe.key(), 1, 2, false));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String batchId = response.json().path("batchId").asText();
        assertThat(management.createBatchQuery().batchId(batchId).singleResult().getType())
                .isEqualTo("instance-migration");
        assertThat(response.json().path("cockpitLink").asText()).contains("#/batch?details=" + batchId);
        assertThat(response.json().path("instanceCount").asInt()).isEqualTo(2);

        JobRunner.runDueJobs(management);

        assertThat(probe.versionOf(first)).isEqualTo(2);
        assertThat(probe.versionOf(second)).isEqualTo(2);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(first)
                        .singleResult()
                        .getTaskDefinitionKey())
                .isEqualTo(MigrationProbe.REVIEW);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'process-migration'"
                                + " and user_id = 'manager' and outcome = 'granted' and reason like ?",
                        Integer.class,
                        "batch " + batchId + "%"))
                .isOne();
    }

    @Test
    void adminsMayMigrateToo() {
        probe.start("C-MIG-0021");
        probe.deployVersion2();

        assertThat(api.post(PATH, "admin", request(probe.key(), 1, 2, true)).status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource({"coordinator", "reviewer"})
    void othersAreRefusedWithAReadableMessageAndTheRefusalIsAudited(String user) {
        String instance = probe.start("C-MIG-0031");
        probe.deployVersion2();
        long before = refusals(user);

        var response = api.post(PATH, user, request(probe.key(), 1, 2, false));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asText())
                .isEqualTo("Only managers and administrators can migrate running cases to another model version.");
        assertThat(api.get(PATH + "/definitions", user).status()).isEqualTo(403);
        assertThat(refusals(user)).isEqualTo(before + 2);
        assertThat(probe.versionOf(instance)).isOne();
        assertThat(management.createBatchQuery().type("instance-migration").list())
                .allSatisfy(batch -> assertThat(batch.getCreateUserId()).isNotEqualTo(user));
    }

    @Test
    void theDefinitionsListShowsEachVersionWithItsRunningInstances() {
        probe.start("C-MIG-0041");
        probe.start("C-MIG-0042");
        probe.deployVersion2();

        var response = api.get(PATH + "/definitions", "manager");

        assertThat(response.status()).isEqualTo(200);
        JsonNode entry = null;
        for (JsonNode definition : response.json()) {
            if (definition.path("key").asText().equals(probe.key())) {
                entry = definition;
            }
        }
        assertThat(entry).as(response.body()).isNotNull();
        assertThat(entry.path("versions").findValuesAsText("version")).containsExactly("1", "2");
        assertThat(entry.path("versions").get(0).path("runningInstances").asInt())
                .isEqualTo(2);
        assertThat(entry.path("versions").get(1).path("runningInstances").asInt())
                .isZero();
    }

    @Test
    void invalidRequestsAreRefusedNamingTheField() {
        probe.start("C-MIG-0051");
        probe.deployVersion2();

        var missing = api.post(PATH, "manager", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("errors").findValuesAsText("field"))
                .contains("processDefinitionKey", "fromVersion", "toVersion", "dryRun");

        var same = api.post(PATH, "manager", request(probe.key(), 2, 2, true));
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().path("errors").findValuesAsText("field")).containsExactly("toVersion");

        var zero = api.post(PATH, "manager", request(probe.key(), 0, 2, true));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().path("errors").findValuesAsText("field")).containsExactly("fromVersion");

        var badKey = api.post(PATH, "manager", request("<script>", 1, 2, true));
        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.json().path("errors").findValuesAsText("field")).containsExactly("processDefinitionKey");
        assertThat(badKey.body()).doesNotContain("<script>");

        var unknownKey = api.post(PATH, "manager", request("no-such-process", 1, 2, true));
        assertThat(unknownKey.status()).isEqualTo(404);
        assertThat(unknownKey.json().path("errors").findValuesAsText("field")).containsExactly("processDefinitionKey");

        var unknownVersion = api.post(PATH, "manager", request(probe.key(), 1, 9, true));
        assertThat(unknownVersion.status()).isEqualTo(404);
        assertThat(unknownVersion.json().path("errors").findValuesAsText("field"))
                .containsExactly("toVersion");

        var wrongType = api.post(
                PATH,
                "manager",
                "{\"processDefinitionKey\": \"" + probe.key()
                        + "\", \"fromVersion\": \"one\", \"toVersion\": 2, \"dryRun\": true}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").findValuesAsText("field")).containsExactly("fromVersion");

        for (var response : new Api.Response[] {missing, same, zero, badKey, unknownKey, unknownVersion, wrongType}) {
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception", "org.camunda", "\tat ");
        }
    }

    private long refusals(String user) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'process-migration'"
                        + " and user_id = ? and outcome = 'denied'",
                Long.class,
                user);
    }

    private static String request(String key, int from, int to, boolean dryRun) {
        return "{\"processDefinitionKey\": \"" + key + "\", \"fromVersion\": " + from + ", \"toVersion\": " + to
                + ", \"dryRun\": " + dryRun + "}";
    }
}
