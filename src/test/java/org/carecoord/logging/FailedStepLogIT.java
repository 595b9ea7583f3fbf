package org.carecoord.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.TaskService;
import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.SeededPhi;
import org.carecoord.support.TaskWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A step that fails in the database: PostgreSQL's error quotes the whole failing row, consent giver's name included,
 * and the engine (ENGINE-16004) and engine REST (ENGINE-REST-HTTP500) log it. PhiLogGuard fails this class if any
 * line logged while it ran holds the name.
 */
class FailedStepLogIT extends PostgresIntegrationTest {

    @Autowired
    TaskService taskService;

    @Autowired
    org.camunda.bpm.engine.IdentityService identityService;

    @Test
    void aConsentStepFailingInTheDatabaseLogsNoneOfWhatWasSubmitted() {
        var api = new Api(port);
        String last = IntakeApiITFixtures.uniqueName();
        String giver = "Giverly " + last;
        SeededPhi.register(giver);
        String caseNumber = api.post(
                        "/api/intakes",
                        "coordinator",
                        IntakeApiITFixtures.referral("Ida", last, "1950-05-05", "routine"))
                .json()
                .get("caseNumber")
                .asText();
        String taskId = taskService
                .createTaskQuery()
                .processInstanceBusinessKey(caseNumber)
                .singleResult()
                .getId();
        api.post("/engine-rest/task/" + taskId + "/claim", "coordinator", "{\"userId\": \"coordinator\"}");

        // a decision the form never offers: engine REST refuses it against the form, before the engine runs
        var refused = api.post("/engine-rest/task/" + taskId + "/complete", "coordinator", """
                {"variables": {"consentDecision": {"value": "maybe"}, "shareWithProviders": {"value": true},
                  "contactPreference": {"value": "phone"}, "consentGivenBy": {"value": "guardian"},
                  "consentGivenByName": {"value": "%s"}, "consentMethod": {"value": "verbal"}}}
                """.formatted(giver));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain(giver);

        // a Java caller is not held to the form: the consent table's check constraint refuses the row, and the
        // engine's failure is logged (ENGINE-16004) without the name that was submitted
        assertThatThrownBy(() -> TaskWork.asUser(
                        identityService,
                        "coordinator",
                        () -> taskService.complete(
                                taskId,
                                java.util.Map.of(
                                        "consentDecision",
                                        "maybe",
                                        "shareWithProviders",
                                        true,
                                        "contactPreference",
                                        "phone",
                                        "consentGivenBy",
                                        "guardian",
                                        "consentGivenByName",
                                        giver,
                                        "consentMethod",
                                        "verbal"))))
                .isInstanceOf(RuntimeException.class);
        assertThat(taskService.createTaskQuery().taskId(taskId).count())
                .as("the step rolled back")
                .isOne();
    }
}
