package org.carecoord.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Multipart uploads and byte-exact downloads as a demo user (the password is the user name), over real HTTP. */
final class DocumentHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    DocumentHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    record Reply(int status, HttpHeaders headers, byte[] body) {
        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + text(), e);
            }
        }
    }

    /** One file part (null: none) and text fields, in order. */
    Reply upload(long caseId, String user, Map<String, String> fields, String fileName, byte[] file) {
        String boundary = "----documents" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        new LinkedHashMap<>(fields)
                .forEach((name, value) -> part(body, boundary, name, null, value.getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            part(body, boundary, "file", fileName, file);
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request("/api/cases/" + caseId + "/documents", user, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    Reply upload(long caseId, String user, String kind, String fileName, byte[] file) {
        return upload(caseId, user, Map.of("kind", kind), fileName, file);
    }

    Reply get(String path, String user, String accept) {
        return send(request(path, user, accept).GET().build());
    }

    Reply postJson(String path, String user, String json) {
        return send(request(path, user, "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    Reply postMultipart(String path, String user) {
        String boundary = "----other";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"reason\"\r\n\r\nmoved\r\n--"
                        + boundary + "--\r\n")
                .getBytes(StandardCharsets.UTF_8);
        return send(request(path, user, "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpRequest.Builder request(String path, String user, String accept) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }

    private static void part(ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] value) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/pdf")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(value);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private Reply send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
