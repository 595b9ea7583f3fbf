package org.carecoord.forms;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.forms.FormField.Kind;

/**
 * The submittable fields of a form-js schema (a deployed {@code .form}), keyed as Tasklist submits them: a field by
 * its key, a group with a {@code path} by that path (its fields nested inside), a group without one flattened.
 * Read from the deployed form, never hard-coded, so a manager's new form version is checked by its own rules.
 */
final class FormSchema {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String formId;
    private final Map<String, FormField> fields;

    private FormSchema(String formId, Map<String, FormField> fields) {
        this.formId = formId;
        this.fields = fields;
    }

    static FormSchema read(InputStream form) throws IOException {
        return of(JSON.readTree(form));
    }

    static FormSchema of(JsonNode schema) {
        var fields = new LinkedHashMap<String, FormField>();
        collect(schema.path("components"), List.of(), fields);
        return new FormSchema(schema.path("id").asText(""), fields);
    }

    String formId() {
        return formId;
    }

    /** Top-level submission keys (field keys and group paths) in form order. */
    Map<String, FormField> fields() {
        return fields;
    }

    private static void collect(JsonNode components, List<String> hideWhen, Map<String, FormField> into) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            var hidden = new ArrayList<>(hideWhen);
            if (c.path("conditional").path("hide").isTextual()) {
                hidden.add(c.path("conditional").path("hide").asText());
            }
            boolean container = "group".equals(type) || "dynamiclist".equals(type) || c.has("components");
            if (container) {
                String path = c.path("path").asText("");
                if (path.isEmpty()) {
                    collect(c.path("components"), hidden, into);
                } else {
                    var children = new LinkedHashMap<String, FormField>();
                    collect(c.path("components"), List.of(), children);
                    Kind kind =
                            "dynamiclist".equals(type) || c.path("isRepeating").asBoolean() ? Kind.LIST : Kind.OBJECT;
                    into.put(
                            path,
                            new FormField(
                                    path,
                                    c.path("label").asText(null),
                                    kind,
                                    false,
                                    List.copyOf(hidden),
                                    fixed(c),
                                    List.of(),
                                    null,
                                    null,
                                    null,
                                    false,
                                    null,
                                    null,
                                    null,
                                    false,
                                    null,
                                    List.copyOf(children.values())));
                }
            } else if (c.hasNonNull("key")) {
                into.put(c.get("key").asText(), field(c, type, List.copyOf(hidden)));
            }
        }
    }

    private static FormField field(JsonNode c, String type, List<String> hideWhen) {
        JsonNode validate = c.path("validate");
        var options = new ArrayList<JsonNode>();
        c.path("values").forEach(option -> options.add(option.path("value")));
        return new FormField(
                c.get("key").asText(),
                c.path("label").asText(null),
                kind(type),
                validate.path("required").asBoolean(false),
                hideWhen,
                fixed(c),
                List.copyOf(options),
                c.hasNonNull("valuesKey") ? c.get("valuesKey").asText() : null,
                decimal(validate.path("min")),
                decimal(validate.path("max")),
                c.path("decimalDigits").isNumber() && c.path("decimalDigits").asInt() == 0,
                integer(validate.path("minLength")),
                integer(validate.path("maxLength")),
                pattern(validate.path("pattern")),
                "email".equals(validate.path("validationType").asText()),
                c.get("defaultValue"),
                List.of());
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "textfield", "textarea", "datetime" -> Kind.TEXT;
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "radio", "select" -> Kind.OPTION;
            case "checklist", "taglist" -> Kind.OPTIONS;
            default -> Kind.ANY;
        };
    }

    /** Only a literal {@code true}: a FEEL expression ("=…") would need the form's data to evaluate. */
    private static boolean fixed(JsonNode c) {
        return c.path("readonly").asBoolean(false) && c.path("readonly").isBoolean()
                || c.path("disabled").asBoolean(false) && c.path("disabled").isBoolean();
    }

    private static BigDecimal decimal(JsonNode n) {
        return n.isNumber() ? n.decimalValue() : null;
    }

    private static Integer integer(JsonNode n) {
        return n.isNumber() ? n.asInt() : null;
    }

    private static Pattern pattern(JsonNode n) {
        if (!n.isTextual() || n.asText().isEmpty()) {
            return null;
        }
        try {
            return Pattern.compile(n.asText());
        } catch (PatternSyntaxException e) {
            // a pattern Java cannot read would refuse every value; form-js (JavaScript) still checks it
            return null;
        }
    }
}
