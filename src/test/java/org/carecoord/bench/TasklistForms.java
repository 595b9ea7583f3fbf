package org.carecoord.bench;

import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/** A task form's values as Tasklist sends them to {@code submit-form}: shared by the bench and ReliabilityIT. */
public final class TasklistForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TasklistForms() {}

    /** Form values as Tasklist submits them: lists and groups as Json, the rest with their Java type. */
    public static ObjectNode restVariables(Map<String, Object> form) {
        ObjectNode variables = JSON.createObjectNode();
        form.forEach((name, value) -> {
            ObjectNode variable = variables.putObject(name);
            if (value instanceof TypedValue typed && typed instanceof SerializableValue serializable) {
                variable.put("type", "Json").put("value", serializable.getValueSerialized());
            } else if (value instanceof SpinJsonNode json) {
                // a Json variable read back from a VariableMap (the handles write lists as Json)
                variable.put("type", "Json").put("value", json.toString());
            } else {
                variable.set("value", JSON.valueToTree(value));
                variable.put("type", value.getClass().getSimpleName());
            }
        });
        return variables;
    }

    /** The body of {@code POST /engine-rest/task/{id}/submit-form}. */
    public static String submission(Map<String, Object> form) {
        return JSON.createObjectNode().set("variables", restVariables(form)).toString();
    }
}
