package org.carecoord.apidocs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * Where springdoc's default media type (JSON) is wrong, for any controller: an upload ({@code MultipartFile}
 * parameter) is a {@code multipart/form-data} body whose other {@code @RequestParam}s are form fields, and a
 * {@code byte[]} answer is binary ({@code application/octet-stream} unless the mapping declares {@code produces}).
 */
final class BodyMediaTypes implements OperationCustomizer {

    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (takesUpload(handler) && operation.getRequestBody() != null) {
            asForm(operation);
        }
        if (returnsBytes(handler) && operation.getResponses() != null) {
            operation.getResponses().forEach((code, response) -> {
                if (code.startsWith("2") && response.getContent() != null) {
                    binary(response.getContent());
                }
            });
        }
        return operation;
    }

    /**
     * The {@code byte[]} answer's media types as binary; another handler's answers on the same path and method (the
     * care plan's JSON beside its PDF) are left as they are.
     */
    private static void binary(Content content) {
        for (String type : List.copyOf(content.keySet())) {
            Schema<?> schema = content.get(type).getSchema();
            if (schema == null || !"string".equals(schema.getType()) || !"byte".equals(schema.getFormat())) {
                continue;
            }
            content.remove(type);
            content.addMediaType(
                    JSON.equals(type) ? "application/octet-stream" : type, new MediaType().schema(new BinarySchema()));
        }
    }

    private static void asForm(Operation operation) {
        Content content = operation.getRequestBody().getContent();
        MediaType json = content == null ? null : content.remove(JSON);
        if (json == null || json.getSchema() == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        Schema<Object> form = json.getSchema();
        List<Parameter> kept = new ArrayList<>();
        List<String> required = new ArrayList<>(form.getRequired() == null ? List.of() : form.getRequired());
        for (Parameter parameter :
                operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if ("query".equals(parameter.getIn())) {
                // Spring binds a multipart request's @RequestParam from its parts: they are form fields
                form.addProperty(parameter.getName(), parameter.getSchema());
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    required.add(parameter.getName());
                }
            } else {
                kept.add(parameter);
            }
        }
        form.setRequired(required.isEmpty() ? null : required);
        operation.setParameters(kept.isEmpty() ? null : kept);
        content.addMediaType(
                org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE, new MediaType().schema(form));
    }

    private static boolean takesUpload(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestPart.class)
                        || MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }

    private static boolean returnsBytes(HandlerMethod handler) {
        ResolvableType type = ResolvableType.forMethodParameter(handler.getReturnType());
        if (ResponseEntity.class.equals(type.resolve())) {
            type = type.getGeneric(0);
        }
        return byte[].class.equals(type.resolve());
    }
}
