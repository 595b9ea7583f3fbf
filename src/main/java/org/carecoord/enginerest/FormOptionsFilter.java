package org.carecoord.enginerest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.carecoord.forms.OptionLists;

/**
 * Serves the option lists a task's Camunda Form names by {@code valuesKey} ({@link OptionLists}) with its form
 * variables, as {@code Json} variables: Tasklist hands them to form-js as the form's data, so one enum feeds every
 * copy of a list and nothing is stored in the engine. Only a successful answer is extended (the user could read the
 * task), only with lists the form uses, and never over a variable of the same name.
 */
final class FormOptionsFilter implements ContainerResponseFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENGINE = Pattern.compile("^/?engine/([^/]+)/");
    private static final Pattern FORM_VARIABLES = Pattern.compile("(?:^|/)task/([^/]+)/form-variables/?$");

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) throws IOException {
        if (!"GET".equals(request.getMethod())
                || response.getStatus() != 200
                || !(response.getEntity() instanceof Map<?, ?> variables)) {
            return;
        }
        String path = request.getUriInfo().getPath(false);
        Matcher task = FORM_VARIABLES.matcher(path);
        if (!task.find()) {
            return;
        }
        Matcher engineName = ENGINE.matcher(path);
        ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName.find() ? engineName.group(1) : null);
        if (engine == null) {
            return;
        }
        Set<String> wanted = requested(request.getUriInfo().getQueryParameters().getFirst("variableNames"));
        Set<String> keys;
        try (InputStream schema = new DeployedForms(engine).schemaOfVisibleTask(task.group(1))) {
            if (schema == null) {
                return;
            }
            keys = valuesKeys(JSON.readTree(schema));
        }
        var extended = new LinkedHashMap<Object, Object>(variables);
        for (String key : keys) {
            var list = OptionLists.of(key);
            if (list != null && !extended.containsKey(key) && (wanted == null || wanted.contains(key))) {
                var variable = new VariableValueDto();
                variable.setType("Json");
                variable.setValue(JSON.writeValueAsString(list));
                variable.setValueInfo(Map.of());
                extended.put(key, variable);
            }
        }
        response.setEntity(extended);
    }

    private static Set<String> requested(String variableNames) {
        return variableNames == null || variableNames.isBlank()
                ? null
                : new TreeSet<>(Arrays.asList(variableNames.split(",")));
    }

    /** Every valuesKey of the form, inside groups too. */
    static Set<String> valuesKeys(JsonNode form) {
        Set<String> keys = new TreeSet<>();
        form.findValues("valuesKey").forEach(key -> {
            if (key.isTextual()) {
                keys.add(key.asText());
            }
        });
        return keys;
    }
}
