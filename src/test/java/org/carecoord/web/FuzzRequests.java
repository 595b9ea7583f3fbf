package org.carecoord.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Malformed requests, generated from a fixed seed: each one has at least one defect that must make the application
 * refuse it (so none may write anything). Values put into bodies carry a marker that no answer may repeat.
 */
final class FuzzRequests {

    /** One request; {@code markers} are strings the answer must not contain. */
    record Request(
            String method,
            String path,
            Map<String, String> headers,
            byte[] body,
            boolean chunked,
            List<String> markers) {
        boolean api() {
            return path.startsWith("/api/");
        }
    }

    /**
     * An endpoint taking a JSON body. {@code strict}: fields whose value is checked against a code list, a format
     * or a date, so any other string there is refused; {@code required}: fields whose absence is refused;
     * {@code text}: free-text fields (refused with control characters).
     */
    record Endpoint(
            String method,
            String path,
            String user,
            String valid,
            List<String> strict,
            List<String> required,
            List<String> text) {}

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CONTROL = {
        "\u0000", "\u0007", "\u001b[2J", "\u007f", "\ud800", "\udc00x", "\u0085", "\u2028"
    };
    private static final String[] PAYLOADS = {
        "' OR '1'='1",
        "'; drop table patient; --",
        "1; select pg_sleep(1)",
        "\" or \"\"=\"",
        "<img src=x onerror=alert(1)>",
        "<script>alert(1)</script>",
        "{{7*7}}",
        "${7*7}",
        "#{7*7}",
        "../../../../etc/passwd",
        "%00",
        "\\u0000"
    };
    private static final String[] BAD_IDS = {
        "abc",
        "1.5",
        "1e3",
        "99999999999999999999",
        "-1",
        "0",
        "9223372036854775807",
        "%27%20OR%201=1",
        "%3Cscript%3E",
        "null",
        "%20",
        "1-1",
        "1,2",
        "%E2%80%AE1"
    };
    private static final String[] CONTENT_TYPES = {
        "text/plain",
        "application/xml",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=fuzz",
        "application/octet-stream",
        "application/jsonx",
        "text/html",
        null
    };

    private final Random random;
    private final List<Endpoint> endpoints;
    private final List<String> getPaths;
    private int counter;

    FuzzRequests(long seed, List<Endpoint> endpoints, List<String> getPaths) {
        this.random = new Random(seed);
        this.endpoints = endpoints;
        this.getPaths = getPaths;
    }

    /** {@code count} requests across the endpoints, one defect (or more) each. */
    List<Request> bodies(int count) {
        List<Request> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Endpoint endpoint = endpoints.get(i % endpoints.size());
            out.add(mutate(endpoint, random.nextInt(14)));
        }
        return out;
    }

    /** GET endpoints (and the no-body POSTs) with malformed ids, bad credentials and wrong methods. */
    List<Request> paths(int count, List<String> postPathsWithoutBody) {
        List<Request> out = new ArrayList<>();
        List<String> all = new ArrayList<>(getPaths);
        all.addAll(postPathsWithoutBody);
        for (int i = 0; i < count; i++) {
            String path = all.get(i % all.size());
            String method = getPaths.contains(path) ? "GET" : "POST";
            switch (random.nextInt(4)) {
                case 0, 1 -> out.add(request(method, badId(path), auth("manager"), null, List.of()));
                case 2 -> out.add(request(method, path, badAuth(), null, List.of()));
                default ->
                    out.add(request(pick("DELETE", "PATCH", "PUT"), badId(path), auth("manager"), null, List.of()));
            }
        }
        return out;
    }

    private Request mutate(Endpoint endpoint, int kind) {
        ObjectNode body = (ObjectNode) read(endpoint.valid());
        String marker = marker();
        List<String> markers = List.of(marker);
        String path = endpoint.path();
        Map<String, String> headers = auth(endpoint.user());
        switch (kind) {
            case 0 ->
                set(
                        body,
                        pickOf(allFields(endpoint)),
                        random.nextBoolean()
                                ? JSON.createArrayNode().add(marker)
                                : JSON.createObjectNode().put("nested", marker));
            case 1 -> {
                if (endpoint.required().isEmpty()) {
                    set(body, "unexpectedField", JSON.getNodeFactory().textNode(marker));
                } else {
                    remove(body, pickOf(endpoint.required()));
                }
            }
            case 2 ->
                set(
                        body,
                        parentOf(pickOf(allFields(endpoint))) + "unexpectedField",
                        JSON.getNodeFactory().textNode(marker));
            case 3 ->
                set(body, pickOf(allFields(endpoint)), JSON.getNodeFactory().textNode(marker + "A".repeat(1 << 20)));
            case 4 -> {
                int depth = 1500 + random.nextInt(3000);
                String field = pickOf(allFields(endpoint)).split("\\.")[0];
                return json(
                        endpoint,
                        path,
                        headers,
                        ("{\"" + field + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}")
                                .getBytes(StandardCharsets.UTF_8),
                        List.of());
            }
            case 5 -> {
                return json(
                        endpoint, path, headers, bytes(JSON.createArrayNode().add(body)), markers);
            }
            case 6 ->
                set(
                        body,
                        pickOf(endpoint.text().isEmpty() ? endpoint.strict() : endpoint.text()),
                        JSON.getNodeFactory().textNode("Fuzz" + pick(CONTROL) + marker));
            case 7 -> {
                if (endpoint.strict().isEmpty()) {
                    // nothing is checked against a list: the payload also breaks a field's length
                    set(
                            body,
                            pickOf(endpoint.text()),
                            JSON.getNodeFactory().textNode(pick(PAYLOADS) + marker + "x".repeat(2100)));
                } else {
                    set(body, pickOf(endpoint.strict()), JSON.getNodeFactory().textNode(pick(PAYLOADS) + marker));
                }
            }
            case 8 -> {
                headers.put("Content-Type", pick(CONTENT_TYPES));
                headers.values().removeIf(v -> v == null);
                return request(endpoint.method(), path, headers, bytes(body), List.of());
            }
            case 9 -> {
                // padding first, so it is read before the (valid) object
                byte[] padded = (" ".repeat(70_000 + random.nextInt(200_000)) + body).getBytes(StandardCharsets.UTF_8);
                headers.put("Content-Type", "application/json");
                return new Request(endpoint.method(), path, headers, padded, random.nextBoolean(), List.of());
            }
            case 10 -> {
                String text = new String(bytes(body), StandardCharsets.UTF_8);
                return json(
                        endpoint,
                        path,
                        headers,
                        text.substring(0, random.nextInt(text.length())).getBytes(StandardCharsets.UTF_8),
                        List.of());
            }
            case 11 -> {
                String text = new String(bytes(body), StandardCharsets.UTF_8);
                int brace = text.indexOf('{', 1) > 0 && random.nextBoolean() ? text.indexOf('{', 1) : 0;
                String firstKey = text.substring(brace + 1, text.indexOf(':', brace) + 1);
                String twice =
                        text.substring(0, brace + 1) + firstKey + "\"" + marker + "\"," + text.substring(brace + 1);
                return json(endpoint, path, headers, twice.getBytes(StandardCharsets.UTF_8), markers);
            }
            case 12 -> {
                return json(endpoint, path, badAuth(), bytes(body), List.of());
            }
            default -> {
                String bad = path.replaceFirst("/(\\d+)(/|$)", "/" + pick(BAD_IDS) + "$2");
                if (bad.equals(path)) {
                    remove(body, pickOf(endpoint.required().isEmpty() ? List.of("") : endpoint.required()));
                    set(body, "unexpectedField", JSON.getNodeFactory().textNode(marker));
                }
                return json(endpoint, bad, headers, bytes(body), markers);
            }
        }
        return json(endpoint, path, headers, bytes(body), markers);
    }

    /** ASCII-only JSON: lone surrogates must reach the server as {@code \\uD800}, not as a '?' from the encoder. */
    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII).writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Request json(
            Endpoint endpoint, String path, Map<String, String> headers, byte[] body, List<String> markers) {
        headers.put("Content-Type", "application/json");
        return request(endpoint.method(), path, headers, body, markers);
    }

    Request request(String method, String path, Map<String, String> headers, byte[] body, List<String> markers) {
        headers.putIfAbsent(
                "Accept", pick("application/json", "application/json", "*/*", "application/xml", "text/html"));
        return new Request(method, path, headers, body, false, markers);
    }

    static Map<String, String> auth(String user) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
        return headers;
    }

    /** Malformed or unknown credentials; never a real user's wrong password (the engine would lock the user). */
    Map<String, String> badAuth() {
        Map<String, String> headers = new LinkedHashMap<>();
        String value = switch (random.nextInt(9)) {
            case 0 -> "Basic";
            case 1 -> "Basic !!!not-base64!!!";
            case 2 -> "Basic " + b64("manager");
            case 3 -> "Basic " + b64(":");
            case 4 -> "Basic " + b64("nobody-" + marker() + ":secret");
            case 5 -> "Bearer eyJhbGciOiJub25lIn0.e30.";
            case 6 -> "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xC3, 0x28, ':', (byte) 0xFF});
            case 7 -> "Basic " + b64("' OR 1=1 --:x");
            default -> null;
        };
        if (value != null) {
            headers.put("Authorization", value);
        }
        return headers;
    }

    String badId(String path) {
        return path.replaceFirst("/(\\d+)(/|$)", "/" + pick(BAD_IDS) + "$2");
    }

    String marker() {
        return "Fz" + Integer.toString(1_000_000 + counter++, 36) + "q";
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private String pickOf(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<String> allFields(Endpoint endpoint) {
        List<String> all = new ArrayList<>(endpoint.strict());
        all.addAll(endpoint.required());
        all.addAll(endpoint.text());
        return all.isEmpty() ? List.of("note") : all;
    }

    private static String parentOf(String field) {
        return field.contains(".") ? field.substring(0, field.lastIndexOf('.') + 1) : "";
    }

    private static void set(ObjectNode body, String path, JsonNode value) {
        ObjectNode at = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            at = at.get(parts[i]) instanceof ObjectNode child ? child : at.putObject(parts[i]);
        }
        at.set(parts[parts.length - 1], value);
    }

    private static void remove(ObjectNode body, String path) {
        ObjectNode at = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1 && at.get(parts[i]) instanceof ObjectNode child; i++) {
            at = child;
        }
        at.remove(parts[parts.length - 1]);
    }

    private static String b64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }
}
