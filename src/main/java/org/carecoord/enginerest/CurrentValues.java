package org.carecoord.enginerest;

import java.util.Date;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A task's variables as the JSON its form shows: what read-only fields must keep and where {@code valuesKey}
 * option lists come from. Read serialized ({@code deserializeValues=false}): a Json variable is then its JSON text,
 * not Jackson node metadata; a Java-serialized value is left out (CareCoord stores none).
 */
final class CurrentValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CurrentValues() {}

    static ObjectNode of(VariableMap variables) {
        ObjectNode values = JSON.createObjectNode();
        for (String name : variables.keySet()) {
            TypedValue typed = variables.getValueTyped(name);
            if (typed instanceof SerializableValue serializable) {
                String format = serializable.getSerializationDataFormat();
                if (format != null && format.contains("json") && serializable.getValueSerialized() != null) {
                    try {
                        values.set(name, JSON.readTree(serializable.getValueSerialized()));
                    } catch (JsonProcessingException e) {
                        // not JSON after all: a read-only field over it cannot be compared, and is refused if sent
                    }
                }
            } else if (typed.getValue() instanceof Date date) {
                values.put(name, date.toInstant().toString());
            } else {
                values.set(name, JSON.valueToTree(typed.getValue()));
            }
        }
        return values;
    }
}
