package org.carecoord.forms;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One submittable field of a deployed Camunda Form, with the rules form-js applies in the browser. A group with a
 * {@code path} is an {@link Kind#OBJECT} of its children, a dynamic list an {@link Kind#LIST} of such objects.
 *
 * @param hideWhen    the {@code conditional.hide} FEEL expressions of the field and the groups around it: form-js
 *                    leaves a hidden field out of the submission, so {@code required} holds only while it is shown
 * @param fixed       {@code readonly: true} or {@code disabled: true}: the submission must not change the value
 */
record FormField(
        String key,
        String label,
        Kind kind,
        boolean required,
        List<String> hideWhen,
        boolean fixed,
        List<JsonNode> options,
        String valuesKey,
        BigDecimal min,
        BigDecimal max,
        boolean integral,
        Integer minLength,
        Integer maxLength,
        Pattern pattern,
        boolean email,
        JsonNode defaultValue,
        List<FormField> children) {

    enum Kind {
        TEXT,
        NUMBER,
        BOOLEAN,
        OPTION,
        OPTIONS,
        OBJECT,
        LIST,
        ANY;

        /** Submitted as a JSON structure (Tasklist sends these as a {@code Json} variable's serialized text). */
        boolean structured() {
            return this == OPTIONS || this == OBJECT || this == LIST;
        }
    }

    boolean conditional() {
        return !hideWhen.isEmpty();
    }

    boolean hasOptions() {
        return !options.isEmpty() || valuesKey != null;
    }

    /** How a message names the field: its label as the user reads it, and its key. */
    String name(String path) {
        return label == null || label.isBlank() ? path : "\"" + label + "\" (" + path + ")";
    }
}
