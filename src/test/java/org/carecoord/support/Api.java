package org.carecoord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the ITs: real requests against the running application, as a given user. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    public Response post(String path, String user, String jsonBody) {
        return post(path, user, jsonBody, Map.of());
    }

    /** A POST with extra headers, e.g. the {@code Origin} a browser would send. */
    public Response post(String path, String user, String jsonBody, Map<String, String> headers) {
        var builder = builder(path, user).header("Content-Type", "application/json");
        headers.forEach(builder::header);
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(jsonBody)).build());
    }

    /**
     * {@code POST /engine-rest/deployment/create} as Camunda Modeler sends it (multipart, one part per file), with
     * {@code deploy-changed-only} false so every file is deployed again.
     */
    public Response deploy(String user, String deploymentName, Map<String, byte[]> files, Map<String, String> headers) {
        String boundary = "----carecoord" + UUID.randomUUID();
        var body = new java.io.ByteArrayOutputStream();
        writePart(body, boundary, "deployment-name", null, deploymentName.getBytes(StandardCharsets.UTF_8));
        writePart(body, boundary, "deploy-changed-only", null, "false".getBytes(StandardCharsets.UTF_8));
        files.forEach((name, content) -> writePart(body, boundary, name, name, content));
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var builder = builder("/engine-rest/deployment/create", user)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        headers.forEach(builder::header);
        return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static void writePart(
            java.io.ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] content) {
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    public Response put(String path, String user, String jsonBody) {
        var request = builder(path, user)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(jsonBody))
                .build();
        return send(request);
    }

    public Response delete(String path, String user) {
        return send(builder(path, user).DELETE().build());
    }

    public Response get(String path, String user) {
        return send(builder(path, user).GET().build());
    }

    /**
     * Any request, exactly as given: method, headers (an {@code Authorization} header is sent as is, no user is
     * added) and a raw body (null: none; sent chunked when {@code chunked}).
     */
    public Response raw(
            String method, String path, java.util.Map<String, String> headers, byte[] body, boolean chunked) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : chunked
                        ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                        : HttpRequest.BodyPublishers.ofByteArray(body);
        return send(builder.method(method, publisher).build());
    }

    private HttpRequest.Builder builder(String path, String user) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) {
            // demo users: the password is the user name; "user:password" passes both explicitly
            String credentials = user.contains(":") ? user : user + ":" + user;
            builder.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
