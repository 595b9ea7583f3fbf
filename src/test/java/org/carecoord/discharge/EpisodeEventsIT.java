package org.carecoord.discharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.carecoord.cases.CareCase;
import org.carecoord.cases.CareCaseService;
import org.carecoord.cases.NewCase;
import org.carecoord.discharge.DischargeProcess.Vars;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.patient.Patient;
import org.carecoord.patient.PatientRepository;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * POST /api/cases/{id}/events/… over real HTTP on PostgreSQL. The care episode does not catch these events yet, so a
 * test-only process with the case number as business key waits for them in its place.
 */
class EpisodeEventsIT extends PostgresIntegrationTest {

    private static final String WAITING_PROCESS = "episode-events-test";
    private static final String WAITING_RESOURCE = "discharge/episode-events-test.bpmn";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    CareCaseService cases;

    @Autowired
    PatientRepository patients;

    @Autowired
    TransactionTemplate transaction;

    private Api api;

    @BeforeEach
    void deployTheWaitingProcess() {
        api = new Api(port);
        if (repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(WAITING_PROCESS)
                        .count()
                == 0) {
            repository
                    .createDeployment()
                    .name(WAITING_PROCESS)
                    .addClasspathResource(WAITING_RESOURCE)
                    .deploy();
        }
    }

    @Test
    void aWithdrawalReachesTheWaitingEpisodeAsPatientDeclinedWithTheNote() {
        CareCase careCase = openCase();
        ProcessInstance episode = waitingEpisode(careCase);

        var response = api.post(
                events(careCase, "patient-withdrew"), "coordinator", "{\"note\": \"prefers to manage on her own\"}");

        assertThat(response.status()).isEqualTo(202);
        assertThat(runtime.getVariables(episode.getId()))
                .containsEntry(Vars.DISCHARGE_REASON.name(), DischargeProcess.REASON_PATIENT_DECLINED)
                .containsEntry(Vars.DISCHARGE_NOTE.name(), "prefers to manage on her own");
        assertThat(api.post(events(careCase, "patient-withdrew"), "coordinator", "{}")
                        .status())
                .as("the episode no longer waits")
                .isEqualTo(409);
    }

    @Test
    void aDeathCarriesTheDateOfDeathAndAManagerMayReportIt() {
        CareCase careCase = openCase();
        ProcessInstance episode = waitingEpisode(careCase);
        LocalDate died = LocalDate.now().minusDays(2);

        var response = api.post(events(careCase, "patient-deceased"), "manager", "{\"dateOfDeath\": \"" + died + "\"}");

        assertThat(response.status()).isEqualTo(202);
        assertThat(runtime.getVariables(episode.getId()))
                .containsEntry(Vars.DISCHARGE_REASON.name(), DischargeProcess.REASON_DECEASED)
                .containsEntry(Vars.DATE_OF_DEATH.name(), died.toString())
                .containsEntry(Vars.DISCHARGE_NOTE.name(), "Date of death: " + died);
    }

    @Test
    void aTransferNamesTheReceivingOrganisation() {
        CareCase careCase = openCase();
        ProcessInstance episode = waitingEpisode(careCase);

        var response = api.post(
                events(careCase, "care-transferred"),
                "coordinator",
                "{\"receivingOrganisation\": \"Springfield Health Home\", \"note\": \"moved to their program\"}");

        assertThat(response.status()).isEqualTo(202);
        assertThat(runtime.getVariables(episode.getId()))
                .containsEntry(Vars.DISCHARGE_REASON.name(), DischargeProcess.REASON_TRANSFERRED)
                .containsEntry(Vars.RECEIVING_ORGANISATION.name(), "Springfield Health Home")
                .containsEntry(Vars.DISCHARGE_NOTE.name(), "moved to their program");
    }

    @Test
    void anUnknownCaseIs404() {
        var response = api.post("/api/cases/987654321/events/patient-withdrew", "coordinator", "{}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith(PROBLEM_JSON);
    }

    @Test
    void aClosedCaseAndACaseWhoseEpisodeWaitsForNothingAre409() {
        CareCase closed = openCase();
        waitingEpisode(closed);
        transaction.executeWithoutResult(status -> cases.cancel(closed.id(), "other", null));
        CareCase notWaiting = openCase();

        var closedResponse = api.post(events(closed, "patient-withdrew"), "coordinator", "{}");
        var notWaitingResponse = api.post(events(notWaiting, "patient-withdrew"), "coordinator", "{}");

        assertThat(closedResponse.status()).isEqualTo(409);
        assertThat(closedResponse.contentType()).startsWith(PROBLEM_JSON);
        assertThat(closedResponse.json().get("type").asText()).isEqualTo("urn:carecoord:problem:case-closed");
        assertThat(notWaitingResponse.status()).isEqualTo(409);
        assertThat(notWaitingResponse.json().get("type").asText())
                .isEqualTo("urn:carecoord:problem:no-episode-waiting");
    }

    @Test
    void badInputIs400NamingTheFieldAndTheEpisodeKeepsWaiting() {
        CareCase careCase = openCase();
        ProcessInstance episode = waitingEpisode(careCase);

        var noDate = api.post(events(careCase, "patient-deceased"), "coordinator", "{}");
        var badDate =
                api.post(events(careCase, "patient-deceased"), "coordinator", "{\"dateOfDeath\": \"20/11/2026\"}");
        var noOrganisation = api.post(events(careCase, "care-transferred"), "coordinator", "{\"note\": \"x\"}");

        for (var response : new Api.Response[] {noDate, badDate, noOrganisation}) {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith(PROBLEM_JSON);
        }
        assertThat(noDate.json().get("errors").findValuesAsText("field")).containsExactly("dateOfDeath");
        assertThat(badDate.json().get("errors").findValuesAsText("field")).containsExactly("dateOfDeath");
        assertThat(noOrganisation.json().get("errors").findValuesAsText("field"))
                .containsExactly("receivingOrganisation");
        assertThat(runtime.getVariables(episode.getId())).doesNotContainKey(Vars.DISCHARGE_REASON.name());
    }

    @Test
    void reviewersCannotEndAnEpisode() {
        CareCase careCase = openCase();
        ProcessInstance episode = waitingEpisode(careCase);

        var response = api.post(events(careCase, "patient-withdrew"), "reviewer", "{}");

        assertThat(response.status()).isEqualTo(403);
        assertThat(runtime.getVariables(episode.getId())).doesNotContainKey(Vars.DISCHARGE_REASON.name());
    }

    private CareCase openCase() {
        return transaction.execute(status -> {
            Patient patient = patients.insert(new Patient(
                    null,
                    "Edith",
                    IntakeApiITFixtures.uniqueName(),
                    LocalDate.of(1941, 3, 9),
                    "female",
                    "+1 555 0100 300",
                    null,
                    null,
                    "en",
                    null,
                    null));
            CareCase opened = cases.open(new NewCase(
                    patient.id(), "chronic-care", "primary-care", "follow-up after a fall", "routine", "coordinator"));
            // 'coordinator' coordinates it, so may report its events (CaseAccess)
            jdbc.update("update care_case set coordinator_id = 'coordinator' where id = ?", opened.id());
            return cases.require(opened.id());
        });
    }

    private ProcessInstance waitingEpisode(CareCase careCase) {
        return runtime.startProcessInstanceByKey(
                WAITING_PROCESS, careCase.caseNumber(), Map.of(Vars.CASE_ID.name(), careCase.id()));
    }

    private static String events(CareCase careCase, String event) {
        return "/api/cases/" + careCase.id() + "/events/" + event;
    }
}
