package org.carecoord.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.carecoord.forms.OptionLists;

/**
 * A Camunda Form as deployed from forms/, so browser tests address a field by its variable name (a process
 * constant) and an option by its value, as the process does; the element IDs and labels come from the form itself.
 */
public final class CamundaForm {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final Map<String, JsonNode> fieldsByKey = new HashMap<>();

    private CamundaForm(String id, JsonNode schema) {
        this.id = id;
        collect(schema.path("components"));
    }

    public static CamundaForm load(String formId) {
        try (InputStream in = CamundaForm.class.getResourceAsStream("/forms/" + formId + ".form")) {
            if (in == null) {
                throw new IllegalArgumentException("no form forms/" + formId + ".form on the classpath");
            }
            return new CamundaForm(formId, JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String id() {
        return id;
    }

    /** The component's element ID (e.g. Field_FirstName): form-js renders it as the suffix of the HTML id. */
    String elementId(String key) {
        return field(key).path("id").asText();
    }

    /** textfield, textarea, datetime, select, radio, checkbox, ... */
    String type(String key) {
        return field(key).path("type").asText();
    }

    /** What a user sees for an option value of a select or radio field. */
    String optionLabel(String key, String value) {
        JsonNode field = field(key);
        JsonNode options = field.hasNonNull("valuesKey")
                ? OptionLists.of(field.get("valuesKey").asText())
                : null;
        for (JsonNode option : options != null ? options : field.path("values")) {
            if (value.equals(option.path("value").asText())) {
                return option.path("label").asText();
            }
        }
        throw new IllegalArgumentException("field " + key + " of form " + id + " has no option " + value);
    }

    private JsonNode field(String key) {
        JsonNode field = fieldsByKey.get(key);
        if (field == null) {
            throw new IllegalArgumentException("form " + id + " has no field " + key);
        }
        return field;
    }

    private void collect(JsonNode components) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                fieldsByKey.put(component.get("key").asText(), component);
            }
            collect(component.path("components"));
        }
    }
}
