package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.task.Task;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The README's role × capability table, row by row, against the running application: /api, /engine-rest and the
 * webapps' login. Each row is one request of one role; "allowed" means the request did what it asks (2xx, or a
 * non-empty result for a query), "refused" a 403 (or an empty result: the engine filters what a user may not see).
 */
class AccessMatrixIT extends PostgresIntegrationTest {

    static final String NOBODY = "matrixnobody";
    static final String NOBODY_LOGIN = NOBODY + ":Quiet-Harbor-Lamp-2026!";

    private Api api;
    private final List<DynamicTest> rows = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everyRoleGetsExactlyWhatTheMatrixSays() {
        api = new Api(port);
        if (identity.createUserQuery().userId(NOBODY).count() == 0) {
            var user = identity.newUser(NOBODY);
            user.setFirstName("Una");
            user.setLastName("Affiliated");
            user.setPassword(NOBODY_LOGIN.substring(NOBODY.length() + 1));
            identity.saveUser(user);
        }
        Fixture f = new Fixture();
        managersStandaloneTask();

        // start an episode: the intake API (the walk-in start form is the same grant)
        row("start an episode", "coordinator", true, () -> created(intake("coordinator")));
        row("start an episode", "manager", true, () -> created(intake("manager")));
        row("start an episode", "reviewer", false, () -> forbidden(intake("reviewer")));
        row("start an episode", "admin", false, () -> forbidden(intake("admin")));
        row("start an episode", NOBODY_LOGIN, false, () -> forbidden(intake(NOBODY_LOGIN)));
        for (String role : List.of("coordinator", "manager", "admin")) {
            row(
                    "start a stage process directly",
                    role,
                    false,
                    () -> forbidden(api.post("/engine-rest/process-definition/key/discharge/start", role, "{}")));
        }

        // read cases through the API
        row("read own case", "coordinator", true, () -> ok(api.get("/api/cases/" + f.ownCase, "coordinator")));
        row(
                "read another coordinator's case",
                "coordinator",
                false,
                () -> forbidden(api.get("/api/cases/" + f.otherCase + "/contacts", "coordinator")));
        for (String role : List.of("manager", "reviewer", "admin")) {
            row(
                    "read another coordinator's case",
                    role,
                    true,
                    () -> ok(api.get("/api/cases/" + f.otherCase + "/referrals", role)));
        }
        row(
                "read another coordinator's case",
                NOBODY_LOGIN,
                false,
                () -> forbidden(api.get("/api/cases/" + f.otherCase, NOBODY_LOGIN)));
        row(
                "break the glass",
                "coordinator",
                true,
                () -> created(api.post(
                                "/api/cases/" + f.glassCase + "/break-glass",
                                "coordinator",
                                "{\"reason\": \"patient called the front desk in crisis\"}"))
                        && ok(api.get("/api/cases/" + f.glassCase, "coordinator")));
        row(
                "break the glass",
                "reviewer",
                false,
                () -> forbidden(api.post(
                        "/api/cases/" + f.glassCase + "/break-glass",
                        "reviewer",
                        "{\"reason\": \"just curious about this one\"}")));
        row(
                "change a case (report an event)",
                "reviewer",
                false,
                () -> forbidden(api.post(
                        "/api/cases/" + f.otherCase + "/events/patient-withdrew", "reviewer", "{\"note\": \"x\"}")));
        row("read the audit trail", "reviewer", true, () -> ok(api.get("/api/audit?caseId=" + f.ownCase, "reviewer")));
        row("read the audit trail", "manager", true, () -> ok(api.get("/api/audit?caseId=" + f.ownCase, "manager")));
        row(
                "read the audit trail",
                "coordinator",
                false,
                () -> forbidden(api.get("/api/audit?caseId=" + f.ownCase, "coordinator")));

        // tasks through the engine
        row(
                "see another coordinator's task",
                "coordinator",
                false,
                () -> hidden(api.get("/engine-rest/task/" + f.othersTask, "coordinator"))
                        && api.get("/engine-rest/task?assignee=coordinator2", "coordinator")
                                .json()
                                .isEmpty());
        row(
                "see another coordinator's task",
                "manager",
                true,
                () -> ok(api.get("/engine-rest/task/" + f.othersTask, "manager")));
        row(
                "see the team queue",
                "coordinator",
                true,
                () -> ok(api.get("/engine-rest/task/" + f.queueTask, "coordinator")));
        row(
                "claim a team-queue task",
                "coordinator",
                true,
                () -> noContent(api.post(
                        "/engine-rest/task/" + f.queueTask + "/claim",
                        "coordinator",
                        "{\"userId\": \"coordinator\"}")));
        row(
                "complete a task nobody claimed",
                "coordinator",
                false,
                () -> forbidden(api.post("/engine-rest/task/" + f.queueTask2 + "/complete", "coordinator", "{}")));
        row(
                "complete another coordinator's task",
                "coordinator",
                false,
                () -> forbidden(api.post("/engine-rest/task/" + f.othersTask + "/complete", "coordinator", "{}")));
        row(
                "complete another coordinator's task",
                "manager",
                false,
                () -> forbidden(api.post("/engine-rest/task/" + f.othersTask + "/complete", "manager", "{}")));
        row(
                "reassign a task",
                "coordinator",
                false,
                () -> forbidden(api.post(
                        "/engine-rest/task/" + f.ownTask + "/assignee",
                        "coordinator",
                        "{\"userId\": \"coordinator2\"}")));
        row(
                "reassign a task",
                "manager",
                true,
                () -> noContent(api.post(
                        "/engine-rest/task/" + f.othersTask + "/assignee",
                        "manager",
                        "{\"userId\": \"coordinator2\"}")));
        row(
                "change a task's variables",
                "coordinator",
                false,
                () -> forbidden(api.put(
                        "/engine-rest/task/" + f.ownTask + "/variables/caseCoordinator",
                        "coordinator",
                        "{\"value\": \"coordinator2\", \"type\": \"String\"}")));
        row(
                "change a task's variables",
                "manager",
                false,
                () -> forbidden(api.put(
                        "/engine-rest/task/" + f.ownTask + "/variables/caseCoordinator",
                        "manager",
                        "{\"value\": \"coordinator2\", \"type\": \"String\"}")));

        // history and variables
        for (String path : List.of(
                "/engine-rest/history/detail?maxResults=5",
                "/engine-rest/history/variable-instance?includeDeleted=true&maxResults=5",
                "/engine-rest/history/task?maxResults=5",
                "/engine-rest/variable-instance?maxResults=5",
                "/engine-rest/process-instance?maxResults=5")) {
            row(
                    "read history and variables " + path,
                    "coordinator",
                    false,
                    () -> api.get(path, "coordinator").json().isEmpty());
        }
        row(
                "read history",
                "reviewer",
                true,
                () -> !api.get("/engine-rest/history/task?maxResults=5", "reviewer")
                        .json()
                        .isEmpty());
        row(
                "read history",
                "manager",
                true,
                () -> !api.get("/engine-rest/history/detail?maxResults=5", "manager")
                        .json()
                        .isEmpty());

        // decisions, models, migration, users
        String evaluation = "{\"variables\": {\"gad7Total\": {\"value\": 12, \"type\": \"Integer\"}}}";
        for (String role : List.of("manager", "reviewer")) {
            row(
                    "evaluate a decision",
                    role,
                    true,
                    () -> ok(
                            api.post("/engine-rest/decision-definition/key/gad7-severity/evaluate", role, evaluation)));
        }
        row(
                "evaluate a decision",
                "coordinator",
                false,
                () -> hidden(api.post(
                        "/engine-rest/decision-definition/key/gad7-severity/evaluate", "coordinator", evaluation)));
        row("deploy a model", "manager", true, () -> ok(deploy("manager")));
        row("deploy a model", "coordinator", false, () -> forbidden(deploy("coordinator")));
        row("deploy a model", "reviewer", false, () -> forbidden(deploy("reviewer")));
        String plan = "{\"sourceProcessDefinitionId\": \"" + f.episodeDefinition
                + "\", \"targetProcessDefinitionId\": \"" + f.episodeDefinition + "\", \"updateEventTriggers\": false}";
        row(
                "migrate running cases",
                "manager",
                true,
                () -> ok(api.post("/engine-rest/migration/generate", "manager", plan)));
        String migration = "{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"" + f.episodeDefinition
                + "\", \"targetProcessDefinitionId\": \"" + f.episodeDefinition + "\", \"instructions\": []},"
                + " \"processInstanceIds\": [\"" + f.episodeInstance + "\"]}";
        row(
                "migrate running cases",
                "coordinator",
                false,
                () -> forbidden(api.post("/engine-rest/migration/execute", "coordinator", migration)));
        // CareCoord's migration API (Cockpit's Migrations page): managers and admins only
        for (String role : List.of("manager", "admin")) {
            row("migrate running cases", role, true, () -> ok(api.get("/api/admin/migrations/definitions", role)));
        }
        String carecoordMigration = "{\"processDefinitionKey\": \"care-episode\", \"fromVersion\": 1,"
                + " \"toVersion\": 2, \"dryRun\": false}";
        for (String role : List.of("coordinator", "reviewer")) {
            row(
                    "migrate running cases",
                    role,
                    false,
                    () -> forbidden(api.post("/api/admin/migrations", role, carecoordMigration)));
        }
        // reviewers' Episodes and audit trail: managers, reviewers, admins; coordinators not even for their own case
        for (String role : List.of("manager", "reviewer", "admin")) {
            row(
                    "list episodes, open an audit trail",
                    role,
                    true,
                    () -> ok(api.get("/api/episodes?size=1", role))
                            && ok(api.get("/api/cases/" + f.ownCase + "/audit-trail", role)));
        }
        row(
                "list episodes, open an audit trail",
                "coordinator",
                false,
                () -> forbidden(api.get("/api/episodes", "coordinator"))
                        && forbidden(api.get("/api/cases/" + f.ownCase + "/audit-trail", "coordinator")));
        // My caseload: one's own; any coordinator's for managers
        row("see a caseload", "coordinator", true, () -> ok(api.get("/api/caseload", "coordinator")));
        row(
                "see a caseload",
                "coordinator",
                false,
                () -> forbidden(api.get("/api/caseload?coordinator=coordinator2", "coordinator")));
        row("see a caseload", "manager", true, () -> ok(api.get("/api/caseload?coordinator=coordinator2", "manager")));
        row("see a caseload", "reviewer", false, () -> forbidden(api.get("/api/caseload", "reviewer")));
        row("manage users", "admin", true, () -> noContent(createUser("admin", "matrixprobea")));
        row("manage users", "manager", false, () -> forbidden(createUser("manager", "matrixprobem")));
        row("manage users", "coordinator", false, () -> forbidden(createUser("coordinator", "matrixprobec")));

        // the webapps: each group logs in to its own
        login("coordinator", "tasklist", true);
        login("coordinator", "cockpit", false);
        login("coordinator", "admin", false);
        login("manager", "tasklist", true);
        login("manager", "cockpit", true);
        login("reviewer", "cockpit", true);
        login("reviewer", "tasklist", false);
        login("admin", "admin", true);
        login(NOBODY_LOGIN, "tasklist", false);
        return rows.stream();
    }

    /** Demo cases and tasks in the right places, chosen afresh (other ITs move the demo cases on). */
    private final class Fixture {
        final long ownCase = caseWhere("c.coordinator_id = 'coordinator'");
        final long otherCase = caseWhere("c.coordinator_id = 'coordinator2'");
        final long glassCase = caseWhere("c.coordinator_id = 'coordinator2' and c.id <> " + otherCase);
        final String ownTask = taskOf("coordinator");
        final String othersTask = taskOf("coordinator2");
        final String queueTask = queueTask();
        final String queueTask2 = queueTask();
        final String episodeDefinition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey("care-episode")
                .latestVersion()
                .singleResult()
                .getId();
        final String episodeInstance = jdbc.queryForObject(
                "select id_ from act_ru_execution where proc_def_id_ = ?" + " and parent_id_ is null limit 1",
                String.class,
                episodeDefinition);

        /** A case whose record no team-queue task and no task of 'coordinator' opens to 'coordinator'. */
        private long caseWhere(String condition) {
            return jdbc
                    .queryForList("select c.id, c.case_number from care_case c where " + condition + " order by c.id")
                    .stream()
                    .filter(row -> condition.contains("'coordinator'")
                            || tasks.createTaskQuery()
                                            .processInstanceBusinessKey((String) row.get("case_number"))
                                            .or()
                                            .taskAssignee("coordinator")
                                            .taskCandidateGroup(Groups.COORDINATORS)
                                            .endOr()
                                            .count()
                                    == 0)
                    .map(row -> ((Number) row.get("id")).longValue())
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no demo case where " + condition));
        }

        private String taskOf(String user) {
            return tasks.createTaskQuery()
                    .taskAssignee(user)
                    .orderByTaskCreateTime()
                    .asc()
                    .listPage(0, 1)
                    .get(0)
                    .getId();
        }

        /** A fresh referral's "Record consent": unassigned, offered to the coordinators. */
        private String queueTask() {
            var intake = intake("manager", IntakeApiITFixtures.uniqueName());
            assertThat(intake.status()).isEqualTo(201);
            Task task = tasks.createTaskQuery()
                    .taskCandidateGroup(Groups.COORDINATORS)
                    .taskUnassigned()
                    .processInstanceBusinessKey(intake.json().get("caseNumber").asText())
                    .singleResult();
            return task.getId();
        }
    }

    /** Like "Email could not be delivered": a task of no process, for managers (the engine checks its history less). */
    private void managersStandaloneTask() {
        if (tasks.createTaskQuery().taskName("Matrix standalone probe").count() == 0) {
            Task task = tasks.newTask();
            task.setName("Matrix standalone probe");
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), Groups.MANAGERS);
        }
    }

    private void row(String capability, String role, boolean allowed, Supplier<Boolean> outcome) {
        String who = role.contains(":") ? role.substring(0, role.indexOf(':')) : role;
        rows.add(DynamicTest.dynamicTest(
                capability + " · " + who + " · " + (allowed ? "allowed" : "refused"),
                () -> assertThat(outcome.get()).as(capability + " as " + who).isTrue()));
    }

    private void login(String role, String app, boolean allowed) {
        row("log in to " + app, role, allowed, () -> {
            String user = role.contains(":") ? role.substring(0, role.indexOf(':')) : role;
            String password = role.contains(":") ? role.substring(role.indexOf(':') + 1) : role;
            assertThat(WebappSession.loginStatus(port, user, password, app))
                    .as("login to " + app)
                    .isIn(allowed ? List.of(200) : List.of(401, 403));
            return true;
        });
    }

    private Api.Response intake(String role) {
        return intake(role, IntakeApiITFixtures.uniqueName());
    }

    private Api.Response intake(String role, String lastName) {
        return api.post(
                "/api/intakes", role, IntakeApiITFixtures.referral("Matrix", lastName, "1961-03-04", "routine"));
    }

    private Api.Response deploy(String role) {
        String key = "matrix-probe-" + role;
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn" id="Definitions_%1$s" name="Probe"
                    namespace="http://carecoord.org/dmn">
                  <decision id="%1$s" name="Probe" camunda:historyTimeToLive="P30D">
                    <decisionTable id="DecisionTable_Probe">
                      <input id="Input_Score" label="Score"><inputExpression id="InputExpression_Score"
                        typeRef="integer"><text>score</text></inputExpression></input>
                      <output id="Output_Band" name="band" typeRef="string"/>
                      <rule id="Rule_Any"><inputEntry id="InputEntry_Any"><text>-</text></inputEntry>
                        <outputEntry id="OutputEntry_Any"><text>"any"</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(key);
        return api.deploy(
                role, key, java.util.Map.of(key + ".dmn", dmn.getBytes(StandardCharsets.UTF_8)), java.util.Map.of());
    }

    private Api.Response createUser(String role, String id) {
        return api.post("/engine-rest/user/create", role, """
                {"profile": {"id": "%s", "firstName": "Probe", "lastName": "User", "email": "probe@example.org"},
                 "credentials": {"password": "Tangerine-Orbit-Signal-2026!"}}""".formatted(id + System.nanoTime()));
    }

    private static boolean ok(Api.Response response) {
        return response.status() == 200;
    }

    private static boolean created(Api.Response response) {
        return response.status() == 201;
    }

    private static boolean noContent(Api.Response response) {
        return response.status() == 204;
    }

    private static boolean forbidden(Api.Response response) {
        return response.status() == 403;
    }

    /** The engine does not show what the user may not see: refused as 403, or not found at all. */
    private static boolean hidden(Api.Response response) {
        return response.status() == 403 || response.status() == 404;
    }
}
