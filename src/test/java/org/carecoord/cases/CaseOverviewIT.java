package org.carecoord.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.carecoord.referral.ReferralProcess;
import org.carecoord.support.Api;
import org.carecoord.support.CaseWithPlan;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The Case tab's API: the overview of a case, the way from a task to its case, and My caseload. */
class CaseOverviewIT extends PostgresIntegrationTest {

    private static CaseWithPlan planned;

    @Autowired
    ApplicationContext context;

    private Api api;

    @BeforeEach
    void aCaseWithAnActivePlanAReferralAndAContact() {
        api = new Api(port);
        if (planned == null) {
            planned = CaseWithPlan.create(port, context, "Olive");
        }
    }

    @Test
    void theCoordinatorSeesPatientRiskPlanReferralsContactsWhatIsDueAndTheTimeline() {
        var response = api.get(overviewPath(), planned.coordinator());
        assertThat(response.status()).isEqualTo(200);
        JsonNode overview = response.json();
        assertThat(overview.get("caseNumber").asText()).isEqualTo(planned.caseNumber());
        assertThat(overview.at("/patient/name").asText()).isEqualTo(planned.patientName());
        assertThat(overview.at("/patient/age").asInt()).isBetween(73, 75);
        assertThat(overview.at("/patient/phone").asText()).isNotBlank();
        assertThat(overview.at("/patient/preferredLanguage").asText()).isNotBlank();
        assertThat(overview.at("/consent/decision").asText()).isEqualTo("given");
        assertThat(overview.at("/consent/shareWithProviders").asBoolean()).isTrue();

        assertThat(overview.at("/risk/riskTier").asText()).isEqualTo("medium");
        assertThat(overview.at("/risk/scores").findValuesAsText("instrument"))
                .contains("phq9", "gad7", "ahc-hrsn", "katz-adl");

        assertThat(overview.at("/carePlan/status").asText()).isEqualTo("active");
        assertThat(overview.at("/carePlan/goals").findValuesAsText("description"))
                .containsExactly(CaseWithPlan.GOAL);
        assertThat(overview.at("/carePlan/interventions").findValuesAsText("action"))
                .containsExactly(CaseWithPlan.INTERVENTION);

        JsonNode referral = overview.get("referrals").get(0);
        assertThat(referral.get("serviceType").asText()).isEqualTo("food-assistance");
        assertThat(referral.get("status").asText()).isEqualTo("requested");

        assertThat(overview.at("/contacts/recent/0/note").asText()).isEqualTo(CaseWithPlan.CONTACT_NOTE);
        assertThat(overview.at("/contacts/minutesThisMonth").asInt()).isGreaterThanOrEqualTo(25);
        assertThat(overview.at("/hospitalStays").isArray()).isTrue();

        JsonNode selectProvider = openTask(overview, selectProviderTaskId());
        assertThat(selectProvider.get("due").asText()).isNotBlank();
        assertThat(selectProvider.get("priorityWord").asText()).isEqualTo("routine");
        assertThat(selectProvider.get("assignee").asText()).isEqualTo(planned.coordinator());

        assertThat(overview.get("timeline").findValuesAsText("what"))
                .contains("opened", "active", "Intake", "Assessment", "Monitoring");
    }

    @Test
    void everyOpeningIsAuditedAndACoordinatorWithNoAccessIsRefused() {
        assertThat(api.get(overviewPath(), planned.coordinator()).status()).isEqualTo(200);
        var refused = api.get(overviewPath(), otherCoordinator());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain(planned.patientName());

        JsonNode trail =
                api.get("/api/audit?caseId=" + planned.caseId(), "reviewer").json();
        assertThat(trail.findValues("resource").stream().map(JsonNode::asText))
                .contains("GET /api/cases/{caseId}/overview");
        assertThat(row(trail, planned.coordinator(), "granted").get("basis").asText())
                .isEqualTo("coordinator");
        assertThat(row(trail, otherCoordinator(), "denied").get("basis").asText())
                .isEqualTo("none");
    }

    @Test
    void theOpenTaskLeadsToItsCaseOnlyForWhoeverMaySeeTheTask() {
        String taskId = selectProviderTaskId();
        var found = api.get("/api/tasks/" + taskId + "/case", planned.coordinator());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("caseId").asLong()).isEqualTo(planned.caseId());
        assertThat(api.get("/api/tasks/" + taskId + "/case", "manager")
                        .json()
                        .get("caseId")
                        .asLong())
                .isEqualTo(planned.caseId());

        var hidden = api.get("/api/tasks/" + taskId + "/case", otherCoordinator());
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("caseId").doesNotContain(planned.caseNumber());
        assertThat(api.get("/api/tasks/no-such-task/case", planned.coordinator())
                        .status())
                .isEqualTo(404);
        var invalid = api.get("/api/tasks/a%20b/case", planned.coordinator());
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().at("/errors/0/field").asText()).isEqualTo("taskId");
    }

    @Test
    void aCoordinatorSeesTheirCaseloadAManagerAnyCoordinatorsAndNobodyElseAnothers() {
        JsonNode own = api.get("/api/caseload", planned.coordinator()).json();
        assertThat(own.get("coordinator").asText()).isEqualTo(planned.coordinator());
        JsonNode line = line(own);
        assertThat(line.get("patientName").asText()).isEqualTo(planned.patientName());
        assertThat(line.get("riskTier").asText()).isEqualTo("medium");
        assertThat(line.get("stages").toString()).contains("Monitoring");
        assertThat(line.get("nextDue").asText()).isNotBlank();
        assertThat(line.get("overdueTasks").asInt()).isZero();
        assertThat(own.get("cases").asInt()).isEqualTo(own.get("lines").size());

        JsonNode managers = api.get("/api/caseload?coordinator=" + planned.coordinator(), "manager")
                .json();
        assertThat(line(managers).get("caseId").asLong()).isEqualTo(planned.caseId());
        JsonNode trail =
                api.get("/api/audit?caseId=" + planned.caseId(), "reviewer").json();
        assertThat(trail.findValues("resource").stream().map(JsonNode::asText)).contains("GET /api/caseload");

        var notYours = api.get("/api/caseload?coordinator=" + planned.coordinator(), otherCoordinator());
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.body()).doesNotContain(planned.patientName());
        assertThat(api.get("/api/caseload?coordinator=" + planned.coordinator(), "reviewer")
                        .status())
                .isEqualTo(403);
        var notACoordinator = api.get("/api/caseload?coordinator=reviewer", "manager");
        assertThat(notACoordinator.status()).isEqualTo(400);
        assertThat(notACoordinator.json().at("/errors/0/field").asText()).isEqualTo("coordinator");
        var malformed = api.get("/api/caseload?coordinator=%3Cscript%3E", "manager");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("<script>");
    }

    @Test
    void tasklistsLoginReadsTheOverviewAndTheCaseloadAsThePlugin() {
        var session = WebappSession.logIn(port, planned.coordinator());
        var read = session.get(overviewPath());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("caseNumber").asText()).isEqualTo(planned.caseNumber());
        assertThat(session.get("/api/caseload").json().get("coordinator").asText())
                .isEqualTo(planned.coordinator());
        assertThat(new Api(port).get(overviewPath(), null).status()).isEqualTo(401);
    }

    private String overviewPath() {
        return "/api/cases/" + planned.caseId() + "/overview";
    }

    private String otherCoordinator() {
        return planned.coordinator().equals("coordinator") ? "coordinator2" : "coordinator";
    }

    private String selectProviderTaskId() {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(planned.caseNumber())
                .taskDefinitionKey(ReferralProcess.TASK_SELECT_PROVIDER)
                .singleResult()
                .getId();
    }

    private static JsonNode openTask(JsonNode overview, String taskId) {
        for (JsonNode task : overview.get("openTasks")) {
            if (task.get("taskId").asText().equals(taskId)) {
                return task;
            }
        }
        throw new AssertionError("task " + taskId + " is not among the open tasks " + overview.get("openTasks"));
    }

    private JsonNode line(JsonNode caseload) {
        for (JsonNode line : caseload.get("lines")) {
            if (line.get("caseId").asLong() == planned.caseId()) {
                return line;
            }
        }
        throw new AssertionError("case " + planned.caseNumber() + " not in the caseload");
    }

    private static JsonNode row(JsonNode trail, String user, String outcome) {
        for (JsonNode row : trail) {
            if (row.get("userId").asText().equals(user)
                    && row.get("outcome").asText().equals(outcome)
                    && row.get("resource").asText().equals("GET /api/cases/{caseId}/overview")) {
                return row;
            }
        }
        throw new AssertionError("no " + outcome + " overview row of " + user + " in " + trail);
    }
}
