package org.carecoord.forms;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.carecoord.forms.FormField.Kind;

/**
 * A form submission as engine REST receives it ({@code "variables": {name: {value, type, valueInfo}}}), checked
 * against the deployed form. Tasklist sends scalars untyped and lists/groups as a {@code Json} variable holding
 * serialized JSON; both are read here, and a declared type must suit the field (a checkbox sent as the String
 * "true" is refused, as the engine would store it as text).
 */
public final class FormSubmission {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> NUMBER_TYPES = Set.of("integer", "long", "short", "double");
    private static final Set<String> SCALAR_TYPES = Set.of("string", "integer", "long", "short", "double", "boolean");

    private FormSubmission() {}

    /** A user task's form; current holds the values the task shows (its variables as JSON). */
    public static List<FieldError> checkTaskForm(InputStream form, JsonNode variables, JsonNode current)
            throws IOException {
        return check(FormSchema.read(form), variables, current);
    }

    /** A start form: nothing exists yet, so a read-only field may only carry its default value. */
    public static List<FieldError> checkStartForm(InputStream form, JsonNode variables) throws IOException {
        FormSchema schema = FormSchema.read(form);
        ObjectNode defaults = JsonNodeFactory.instance.objectNode();
        schema.fields().values().stream()
                .filter(f -> f.defaultValue() != null)
                .forEach(f -> defaults.set(f.key(), f.defaultValue()));
        return check(schema, variables, defaults);
    }

    static List<FieldError> check(FormSchema form, JsonNode variables, JsonNode current) {
        var errors = new ArrayList<FieldError>();
        var values = new LinkedHashMap<String, JsonNode>();
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            return List.of(new FieldError("variables", "must be an object of variables"));
        }
        if (variables != null) {
            variables
                    .fields()
                    .forEachRemaining(
                            e -> read(form.fields().get(e.getKey()), e.getKey(), e.getValue(), values, errors));
        }
        // a field refused for its type is not checked again (it would read as missing)
        var refused = errors.stream().map(FieldError::field).collect(Collectors.toSet());
        refused.forEach(values::remove);
        FormCheck.check(form, values, current).stream()
                .filter(e -> !refused.contains(e.field()))
                .forEach(errors::add);
        return List.copyOf(errors);
    }

    private static void read(
            FormField field, String name, JsonNode variable, Map<String, JsonNode> into, List<FieldError> errors) {
        if (!variable.isObject()) {
            errors.add(new FieldError(name, name + " must be sent as {\"value\": …}"));
            return;
        }
        String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
        JsonNode value = variable.get("value");
        if (field == null || "null".equals(type) || value == null || value.isNull()) {
            // unknown fields are refused by FormCheck; an empty value needs no type
            into.put(name, "null".equals(type) ? null : value);
            return;
        }
        if ("json".equals(type) || "object".equals(type) && isJsonObject(variable)) {
            if (!value.isTextual()) {
                errors.add(new FieldError(name, field.name(name) + " must carry serialized JSON"));
                return;
            }
            try {
                into.put(name, JSON.readTree(value.asText()));
            } catch (JsonProcessingException e) {
                errors.add(new FieldError(name, field.name(name) + " is not well-formed JSON"));
            }
            return;
        }
        if (!suits(field.kind(), type)) {
            errors.add(new FieldError(
                    name,
                    field.name(name) + " cannot be sent as "
                            + (type.isEmpty()
                                    ? "an untyped value"
                                    : "type " + variable.path("type").asText())));
            return;
        }
        if ("integer".equals(type) && value.isNumber() && !value.canConvertToInt()
                || "short".equals(type) && value.isNumber() && Math.abs(value.asLong()) > Short.MAX_VALUE) {
            errors.add(new FieldError(
                    name,
                    field.name(name) + " is too large for type "
                            + variable.path("type").asText()));
            return;
        }
        into.put(name, value);
    }

    private static boolean suits(Kind kind, String type) {
        return switch (kind) {
            case TEXT -> type.isEmpty() || "string".equals(type);
            case NUMBER -> type.isEmpty() || NUMBER_TYPES.contains(type);
            case BOOLEAN -> type.isEmpty() || "boolean".equals(type);
            case OPTION -> type.isEmpty() || SCALAR_TYPES.contains(type);
            // a list or group sent untyped would be stored as a serialized Java object
            case OPTIONS, OBJECT, LIST -> false;
            case ANY -> true;
        };
    }

    private static boolean isJsonObject(JsonNode variable) {
        return "application/json"
                .equals(variable.path("valueInfo")
                        .path("serializationDataFormat")
                        .asText());
    }
}
