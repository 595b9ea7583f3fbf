package org.carecoord.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Checks submitted values against a form's fields: only the form's keys, required, offered options (a
 * {@code valuesKey} list is read from the current variables, as Tasklist shows it, or is one of {@link OptionLists}),
 * min/max, length, pattern, the JSON type, and read-only fields unchanged. Messages name the field and the rule, never the value.
 */
final class FormCheck {

    // what form-js accepts for validationType "email", roughly: something@domain.tld
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object> data;

    private FormCheck(Map<String, Object> data) {
        this.data = data;
    }

    /**
     * @param submitted values by top-level key ({@code null} when sent empty), already parsed from Json variables
     * @param current   the values the task shows now (process and task variables; a start form's defaults)
     */
    static List<FieldError> check(FormSchema form, Map<String, JsonNode> submitted, JsonNode current) {
        // the form's data as form-js holds it: what the task shows, then what was submitted
        Map<String, Object> data =
                new LinkedHashMap<>(JSON.convertValue(current.isObject() ? current : JSON.createObjectNode(), MAP));
        submitted.forEach((key, value) -> data.put(key, value == null ? null : JSON.convertValue(value, Object.class)));
        var check = new FormCheck(data);
        check.object(form.fields().values(), submitted, current, current, "");
        return List.copyOf(check.errors);
    }

    private void object(
            Iterable<FormField> fields,
            Map<String, JsonNode> submitted,
            JsonNode current,
            JsonNode variables,
            String prefix) {
        var known = new HashSet<String>();
        for (FormField field : fields) {
            known.add(field.key());
            String path = prefix + field.key();
            boolean sent = submitted.containsKey(field.key());
            JsonNode value = sent ? submitted.get(field.key()) : null;
            JsonNode now = current.path(field.key());
            if (field.fixed()) {
                if (sent && !same(value, now)) {
                    error(path, field, "is read-only and cannot be changed");
                }
                continue;
            }
            if (empty(value)) {
                if (field.required()
                        && (sent || empty(now))
                        && (!field.conditional() || HideConditions.shown(field.hideWhen(), data))) {
                    error(path, field, "is required");
                }
                continue;
            }
            value(field, value, now, variables, path);
        }
        submitted.keySet().stream()
                .filter(key -> !known.contains(key))
                .sorted()
                .forEach(
                        key -> errors.add(new FieldError(prefix + key, prefix + key + " is not a field of this form")));
    }

    private void value(FormField field, JsonNode value, JsonNode now, JsonNode variables, String path) {
        switch (field.kind()) {
            case TEXT -> text(field, value, path);
            case NUMBER -> number(field, value, path);
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    error(path, field, "must be true or false (a boolean, not text)");
                }
            }
            case OPTION -> {
                if (!value.isValueNode() || !offered(field, value, variables)) {
                    error(path, field, "is not one of the offered options");
                }
            }
            case OPTIONS -> {
                if (!value.isArray()) {
                    error(path, field, "must be a list of the offered options");
                } else if (!allOffered(field, value.elements(), variables)) {
                    error(path, field, "holds a value that is not one of the offered options");
                }
            }
            case OBJECT -> {
                if (!value.isObject()) {
                    error(path, field, "must be an object of the group's fields");
                } else {
                    object(field.children(), fields(value), now, variables, path + ".");
                }
            }
            case LIST -> {
                if (!value.isArray()) {
                    error(path, field, "must be a list");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    JsonNode item = value.get(i);
                    if (!item.isObject()) {
                        error(path + "[" + i + "]", field, "must be an object of the list's fields");
                    } else {
                        object(field.children(), fields(item), now.path(i), variables, path + "[" + i + "].");
                    }
                }
            }
            case ANY -> {}
        }
    }

    private void text(FormField field, JsonNode value, String path) {
        if (!value.isTextual()) {
            error(path, field, "must be text");
            return;
        }
        String text = value.asText();
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            error(path, field, "must be at least " + field.minLength() + " characters long");
        } else if (field.maxLength() != null && length > field.maxLength()) {
            error(path, field, "must be at most " + field.maxLength() + " characters long");
        } else if (field.pattern() != null && !field.pattern().matcher(text).find()) {
            error(path, field, "does not have the expected format");
        } else if (field.email() && !EMAIL.matcher(text).matches()) {
            error(path, field, "must be an e-mail address");
        }
    }

    private void number(FormField field, JsonNode value, String path) {
        if (!value.isNumber()) {
            error(path, field, "must be a number");
            return;
        }
        BigDecimal n = value.decimalValue();
        if (field.integral() && n.stripTrailingZeros().scale() > 0) {
            error(path, field, "must be a whole number");
        } else if (field.min() != null && n.compareTo(field.min()) < 0) {
            error(path, field, "must be at least " + field.min().toPlainString());
        } else if (field.max() != null && n.compareTo(field.max()) > 0) {
            error(path, field, "must be at most " + field.max().toPlainString());
        }
    }

    private static boolean allOffered(FormField field, Iterator<JsonNode> values, JsonNode variables) {
        while (values.hasNext()) {
            JsonNode v = values.next();
            if (!v.isValueNode() || !offered(field, v, variables)) {
                return false;
            }
        }
        return true;
    }

    /** A field without options (neither values nor valuesKey) takes any scalar, as form-js then shows none. */
    private static boolean offered(FormField field, JsonNode value, JsonNode variables) {
        if (!field.hasOptions()) {
            return true;
        }
        for (JsonNode option : field.options()) {
            if (same(option, value)) {
                return true;
            }
        }
        if (field.valuesKey() != null) {
            // a variable of that name, else the list served with the form; Tasklist accepts both [{label, value}]
            // and plain strings as a valuesKey list
            JsonNode list = variables.has(field.valuesKey())
                    ? variables.get(field.valuesKey())
                    : OptionLists.of(field.valuesKey());
            for (JsonNode option : list == null ? List.<JsonNode>of() : list) {
                if (same(option.isObject() ? option.path("value") : option, value)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean empty(JsonNode value) {
        return value == null
                || value.isNull()
                || value.isMissingNode()
                || value.isTextual() && value.asText().isEmpty()
                || value.isArray() && value.isEmpty();
    }

    /** Equal as JSON, numbers by value (5 sent as Integer equals 5 stored as Long). */
    static boolean same(JsonNode a, JsonNode b) {
        if (empty(a) && empty(b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return a.equals(
                (x, y) -> x.isNumber() && y.isNumber()
                        ? x.decimalValue().compareTo(y.decimalValue())
                        : x.equals(y) ? 0 : 1,
                b);
    }

    private static Map<String, JsonNode> fields(JsonNode object) {
        var map = new LinkedHashMap<String, JsonNode>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private void error(String path, FormField field, String message) {
        errors.add(new FieldError(path, field.name(path) + " " + message));
    }
}
