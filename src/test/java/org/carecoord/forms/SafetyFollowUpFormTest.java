package org.carecoord.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.cases.CareEpisodeProcess;
import org.carecoord.cases.CareEpisodeProcess.SafetyAction;
import org.carecoord.cases.CareEpisodeProcess.SafetyFields;
import org.carecoord.monitoring.MonitoringProcess;
import org.junit.jupiter.api.Test;

/**
 * One safety follow-up form for the episode's assessment and monitoring's re-assessments: its opening sentence says
 * which one raised the concern, and its actions are served from {@link SafetyAction}.
 */
class SafetyFollowUpFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bothProcessesUseTheOneForm() {
        assertThat(MonitoringProcess.FORM_SAFETY_FOLLOW_UP)
                .isEqualTo(CareEpisodeProcess.FORM_SAFETY_FOLLOW_UP)
                .isEqualTo("safety-follow-up");
    }

    @Test
    void theEpisodeSaysItsAssessmentFlaggedTheConcern() throws IOException {
        // the episode's variables when its first assessment escalates: intake has run
        assertThat(shownTexts(Map.of(
                        CareEpisodeProcess.Vars.INTAKE_OUTCOME.name(),
                        "accepted",
                        CareEpisodeProcess.Vars.CASE_NUMBER.name(),
                        "CC-2026-000042")))
                .singleElement()
                .asString()
                .contains("the assessment flagged a safety concern")
                .doesNotContain("monitoring");
    }

    @Test
    void monitoringSaysItsReassessmentFlaggedTheConcern() throws IOException {
        // monitoring's variables: no intake outcome, which only the episode holds
        assertThat(shownTexts(Map.of(
                        CareEpisodeProcess.Vars.CASE_NUMBER.name(),
                        "CC-2026-000042",
                        MonitoringProcess.Vars.CONTACT_INTERVAL_DAYS.name(),
                        14)))
                .singleElement()
                .asString()
                .contains("the re-assessment during monitoring flagged a safety concern");
    }

    @Test
    void theActionsAreServedFromOneEnum() throws IOException {
        JsonNode action = form().get("components").findParents("key").stream()
                .filter(field -> SafetyFields.ACTION_TAKEN
                        .name()
                        .equals(field.path("key").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(action.has("values")).isFalse();
        assertThat(action.path("valuesKey").asText()).isEqualTo(OptionLists.SAFETY_ACTIONS);
        assertThat(OptionLists.of(OptionLists.SAFETY_ACTIONS))
                .extracting(option -> option.path("value").asText())
                .containsExactly(
                        "safety-plan",
                        "crisis-line",
                        "emergency-services",
                        "clinician-notified",
                        "dv-services",
                        "no-immediate-risk");
    }

    /** The text components the form shows with these variables as its data. */
    private static List<String> shownTexts(Map<String, Object> data) throws IOException {
        return form().get("components").findParents("type").stream()
                .filter(component -> "text".equals(component.path("type").asText()))
                .filter(text -> HideConditions.shown(hideWhen(text), data))
                .map(text -> text.path("text").asText())
                .toList();
    }

    private static List<String> hideWhen(JsonNode component) {
        JsonNode hide = component.path("conditional").path("hide");
        return hide.isMissingNode() ? List.of() : List.of(hide.asText());
    }

    private static JsonNode form() throws IOException {
        try (InputStream in = SafetyFollowUpFormTest.class.getResourceAsStream(
                "/forms/" + CareEpisodeProcess.FORM_SAFETY_FOLLOW_UP + ".form")) {
            return JSON.readTree(in);
        }
    }
}
