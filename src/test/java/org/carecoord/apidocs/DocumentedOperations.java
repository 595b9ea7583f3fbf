package org.carecoord.apidocs;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Checks handler mappings against an OpenAPI document: what is missing for each {@code /api} endpoint, in words.
 * Documented means a 2xx answer (with a body schema unless the handler returns none), a problem+json 4xx, a request
 * body schema where the handler reads one (JSON or multipart), and a described tag.
 */
final class DocumentedOperations {

    private DocumentedOperations() {}

    /** "METHOD /path" of every /api endpoint, each with what its documentation lacks (empty: complete). */
    static Map<String, List<String>> check(Map<RequestMappingInfo, HandlerMethod> handlers, JsonNode api) {
        Map<String, List<String>> result = new TreeMap<>();
        handlers.forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                String path = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}");
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    result.put("ANY " + path, List.of("declares no HTTP method"));
                    continue;
                }
                for (RequestMethod method : methods) {
                    String key = method + " " + path;
                    List<String> lacks = new ArrayList<>(result.getOrDefault(key, List.of()));
                    lacks.addAll(lacks(
                            api, api.path("paths").path(path).path(method.name().toLowerCase(Locale.ROOT)), handler));
                    result.put(key, lacks);
                }
            }
        });
        return result;
    }

    private static List<String> lacks(JsonNode api, JsonNode operation, HandlerMethod handler) {
        if (operation.isMissingNode()) {
            return List.of("is not in the document");
        }
        List<String> lacks = new ArrayList<>();
        JsonNode responses = operation.path("responses");
        List<String> codes = StreamSupport.stream(((Iterable<String>) responses::fieldNames).spliterator(), false)
                .toList();
        List<String> success = codes.stream().filter(c -> c.startsWith("2")).toList();
        if (success.isEmpty()) {
            lacks.add("no 2xx response");
        } else if (returnsBody(handler)
                && success.stream()
                        .noneMatch(code -> hasSchema(responses.path(code).path("content")))) {
            lacks.add("no schema for the 2xx body");
        }
        boolean problem = codes.stream()
                .filter(c -> c.startsWith("4"))
                .anyMatch(code -> responses
                        .path(code)
                        .path("content")
                        .path("application/problem+json")
                        .has("schema"));
        if (!problem) {
            lacks.add("no application/problem+json 4xx response");
        }
        JsonNode body = operation.path("requestBody").path("content");
        if (readsJsonBody(handler) && !hasSchema(body)) {
            lacks.add("no request body schema");
        }
        bodyType(handler)
                .flatMap(type -> mismatch(api, body.path("application/json").path("schema"), type))
                .ifPresent(wrong -> lacks.add("request body schema " + wrong));
        returnType(handler)
                .flatMap(type -> success.stream()
                        .map(code -> responses
                                .path(code)
                                .path("content")
                                .path("application/json")
                                .path("schema"))
                        .filter(schema -> schema.has("$ref"))
                        .findFirst()
                        .flatMap(schema -> mismatch(api, schema, type)))
                .ifPresent(wrong -> lacks.add("2xx schema " + wrong));
        if (readsMultipart(handler) && !says(body.path("multipart/form-data").path("schema"))) {
            lacks.add("no multipart/form-data request body schema");
        }
        List<String> described = StreamSupport.stream(api.path("tags").spliterator(), false)
                .filter(tag -> !tag.path("description").asText().isBlank())
                .map(tag -> tag.path("name").asText())
                .toList();
        JsonNode tags = operation.path("tags");
        if (tags.isEmpty()
                || !StreamSupport.stream(tags.spliterator(), false).allMatch(t -> described.contains(t.asText()))) {
            lacks.add("no described tag");
        }
        return lacks;
    }

    private static boolean hasSchema(JsonNode content) {
        return StreamSupport.stream(content.spliterator(), false).anyMatch(media -> says(media.path("schema")));
    }

    /** A schema that says something: not springdoc's bare {@code {"type": "object"}} for {@code ResponseEntity<?>}. */
    private static boolean says(JsonNode schema) {
        return !schema.isMissingNode()
                && (!"object".equals(schema.path("type").asText())
                        || schema.has("properties")
                        || schema.has("additionalProperties"));
    }

    /**
     * A record's schema lists its components: not another record's of the same simple name (springdoc names schemas
     * by simple name, and two {@code Withdrawal} records once shared one).
     */
    private static java.util.Optional<String> mismatch(JsonNode api, JsonNode schema, Class<?> type) {
        if (!schema.has("$ref") || !type.isRecord()) {
            return java.util.Optional.empty();
        }
        String ref = schema.path("$ref").asText();
        JsonNode properties = api.path("components")
                .path("schemas")
                .path(ref.substring(ref.lastIndexOf('/') + 1))
                .path("properties");
        List<String> missing = Arrays.stream(type.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .filter(name -> !properties.has(name))
                .toList();
        return missing.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(ref + " lacks " + missing + " of " + type.getName());
    }

    private static java.util.Optional<Class<?>> bodyType(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(p -> p.hasParameterAnnotation(RequestBody.class))
                .<Class<?>>map(p -> p.getParameterType())
                .findFirst();
    }

    private static java.util.Optional<Class<?>> returnType(HandlerMethod handler) {
        var type = org.springframework.core.ResolvableType.forMethodParameter(handler.getReturnType());
        if (ResponseEntity.class.equals(type.resolve())) {
            type = type.getGeneric(0);
        }
        return java.util.Optional.ofNullable(type.resolve());
    }

    /** void and {@code ResponseEntity<Void>} answer without a body (201/202/204). */
    private static boolean returnsBody(HandlerMethod handler) {
        Type type = handler.getReturnType().getGenericParameterType();
        if (type == void.class || type == Void.class) {
            return false;
        }
        return !(type instanceof ParameterizedType generic
                && generic.getRawType() == ResponseEntity.class
                && generic.getActualTypeArguments()[0] == Void.class);
    }

    private static boolean readsJsonBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    private static boolean readsMultipart(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.hasParameterAnnotation(RequestPart.class)
                        || MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }
}
