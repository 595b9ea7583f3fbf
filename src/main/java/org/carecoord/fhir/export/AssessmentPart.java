package org.carecoord.fhir.export;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;

/**
 * Each administered instrument: a QuestionnaireResponse with the answers CareCoord stored, and an Observation of
 * its total score (LOINC where LOINC has a total-score code, CareCoord's own code otherwise) derived from it.
 */
final class AssessmentPart {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AssessmentPart() {}

    static void add(CaseRecord record, BundleEntries entries, Reference patient) {
        for (CaseRecord.Result r : record.results()) {
            Reference answers = entries.add(questionnaireResponse(r, patient), "answers-" + r.id());
            entries.add(observation(r, patient, answers), "score-" + r.id());
        }
    }

    static QuestionnaireResponse questionnaireResponse(CaseRecord.Result r, Reference patient) {
        var response = new QuestionnaireResponse();
        response.setQuestionnaire(FhirCodes.QUESTIONNAIRE + r.instrument());
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(patient);
        response.setAuthoredElement(Fhir.dateTime(r.administeredAt()));
        Iterator<Map.Entry<String, JsonNode>> items = answers(r.answersJson()).fields();
        while (items.hasNext()) {
            Map.Entry<String, JsonNode> item = items.next();
            var responseItem = response.addItem().setLinkId(item.getKey());
            Type value = value(item.getValue());
            if (value != null) {
                responseItem.addAnswer().setValue(value);
            }
        }
        return response;
    }

    static Observation observation(CaseRecord.Result r, Reference patient, Reference answers) {
        FhirCodes.ScoreCode code = FhirCodes.scoreCode(r.instrument());
        var observation = new Observation();
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.addCategory(Fhir.concept(FhirCodes.OBSERVATION_CATEGORY, "survey", "Survey"));
        observation.setCode(Fhir.concept(code.system(), code.code(), code.display()));
        observation.setSubject(patient);
        observation.setEffective(Fhir.dateTime(r.administeredAt()));
        if (r.score() != null) {
            observation.setValue(new IntegerType(r.score()));
        } else {
            observation.setDataAbsentReason(
                    Fhir.concept("http://terminology.hl7.org/CodeSystem/data-absent-reason", "unknown", "Unknown"));
        }
        if (Fhir.present(r.band())) {
            observation.addInterpretation(Fhir.text(r.band()));
        }
        observation.addDerivedFrom(answers);
        return observation;
    }

    private static JsonNode answers(String json) {
        if (json == null || json.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode node = JSON.readTree(json);
            return node.isObject() ? node : JSON.createObjectNode();
        } catch (JsonProcessingException notJson) {
            throw new IllegalStateException("stored answers are not a JSON object", notJson);
        }
    }

    /** An answer as FHIR holds it; null when nothing was answered. */
    private static Type value(JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        if (answer.isBoolean()) {
            return new BooleanType(answer.booleanValue());
        }
        if (answer.isIntegralNumber()) {
            return new IntegerType(answer.intValue());
        }
        if (answer.isNumber()) {
            return new DecimalType(answer.decimalValue());
        }
        String text = answer.isTextual() ? answer.textValue() : answer.toString();
        return text.isBlank() ? null : new StringType(text);
    }
}
