package org.carecoord.variables;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Reads and writes list-valued process variables. Tasklist submits checklists and grouped fields as JSON (a Spin
 * node); tests may pass plain Java lists or JSON text. Lists are written as JSON, never Java-serialized.
 */
public final class JsonVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonVariables() {}

    /** The value as a JSON tree; null or blank is a missing node (iterates as empty). */
    public static JsonNode tree(Object value) {
        try {
            if (value == null) {
                return MissingNode.getInstance();
            }
            if (value instanceof Spin<?> spin) {
                return spin.unwrap() instanceof JsonNode node ? node : JSON.readTree(spin.toString());
            }
            if (value instanceof String text) {
                return text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
            }
            return JSON.valueToTree(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a list variable does not hold JSON", e);
        }
    }

    /** A checklist's values: the non-blank strings of a JSON array; empty for null. */
    public static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : tree(value)) {
            if (element.isValueNode() && !element.isNull() && !element.asText().isBlank()) {
                strings.add(element.asText().trim());
            }
        }
        return strings;
    }

    /** The JSON objects of an array (rows of a table); anything else in the array is ignored. */
    public static List<JsonNode> rows(Object value) {
        List<JsonNode> rows = new ArrayList<>();
        for (JsonNode element : tree(value)) {
            if (element.isObject()) {
                rows.add(element);
            }
        }
        return rows;
    }

    /** A Json-typed variable (what Tasklist submits for lists), so forms can read it back. */
    public static TypedValue json(Object listOrMap) {
        return SpinValues.jsonValue(text(listOrMap)).create();
    }

    /** A list for another process: JSON-serialized, read back as a java.util.List (e.g. a multi-instance collection). */
    public static TypedValue javaList(List<String> list) {
        return Variables.objectValue(new ArrayList<>(list))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON)
                .create();
    }

    /** Compact JSON text of any value (for storing answers in a column). */
    public static String text(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
