package org.carecoord.enginerest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.carecoord.forms.FieldError;
import org.carecoord.forms.FormSubmission;

/**
 * Checks every form submission against the Camunda Form deployed for its task or start event before the engine
 * runs, so a refused submission changes nothing: task submit-form / complete / resolve, process-definition
 * submit-form / start (by id or key). Answers 400 in Camunda's error shape, which Tasklist shows, plus
 * {@code errors: [{field, message}]}; never the submitted value. A request the user may not make is passed on
 * unchecked, so the engine answers 403/404 as before and a refusal reveals nothing about the form.
 */
final class FormSubmissionFilter implements ContainerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ENGINE = Pattern.compile("^/?engine/([^/]+)/");
    private static final Pattern TASK = Pattern.compile("(?:^|/)task/([^/]+)/(?:submit-form|complete|resolve)/?$");
    private static final Pattern START = Pattern.compile(
            "(?:^|/)process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:submit-form|start)/?$");

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath(false);
        Matcher task = TASK.matcher(path);
        Matcher start = START.matcher(path);
        boolean isTask = task.find();
        if (!isTask && !start.find()) {
            return;
        }
        JsonNode body = readBody(request);
        if (body == null) {
            return; // not JSON: engine REST refuses it (answered by EngineErrors)
        }
        Matcher engineName = ENGINE.matcher(path);
        ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName.find() ? engineName.group(1) : null);
        if (engine == null) {
            return;
        }
        var forms = new DeployedForms(engine);
        // null: not visible to the user, not theirs to work, or no Camunda Form; the engine answers as before
        DeployedForms.Form form =
                isTask ? forms.ofTask(task.group(1)) : forms.ofStart(start.group(3), start.group(1), start.group(2));
        if (form == null) {
            return;
        }
        List<FieldError> errors;
        try (InputStream schema = form.schema()) {
            errors = form.current() == null
                    ? FormSubmission.checkStartForm(schema, body.get("variables"))
                    : FormSubmission.checkTaskForm(schema, body.get("variables"), form.current());
        }
        if (!errors.isEmpty()) {
            request.abortWith(refusal(errors));
        }
    }

    private static JsonNode readBody(ContainerRequestContext request) throws IOException {
        byte[] bytes = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(bytes));
        if (bytes.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            JsonNode body = JSON.readTree(bytes);
            return body != null && body.isObject() ? body : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    static Response refusal(List<FieldError> errors) {
        String message = errors.size() == 1
                ? "Form field " + errors.get(0).message() + "."
                : errors.size() + " form fields are invalid: "
                        + String.join(
                                "; ", errors.stream().map(FieldError::message).toList()) + ".";
        var entity = new LinkedHashMap<String, Object>();
        entity.put("type", "InvalidRequestException");
        entity.put("message", message);
        entity.put("errors", errors);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(entity)
                .build();
    }
}
