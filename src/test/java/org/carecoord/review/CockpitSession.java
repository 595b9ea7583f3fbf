package org.carecoord.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.carecoord.support.Api;
import org.carecoord.support.LocalCookies;

/** A signed-in Cockpit session without a browser, calling {@code /api} as a Cockpit plugin does (cookie only). */
public final class CockpitSession {

    private final LocalCookies cookies = new LocalCookies();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private CockpitSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in to Cockpit (demo user: password = user name) or fails. */
    public static CockpitSession logIn(int port, String user) {
        var session = new CockpitSession(port);
        session.send("GET", "/camunda/app/cockpit/", Map.of(), null);
        var login = session.send("POST", "/camunda/api/admin/auth/user/default/login/cockpit", Map.of(
                "Content-Type", "application/x-www-form-urlencoded",
                "X-XSRF-TOKEN", session.cookies.value("XSRF-TOKEN")),
                "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(user, StandardCharsets.UTF_8));
        if (login.status() != 200) {
            throw new IllegalStateException("Cockpit login failed: " + login.status());
        }
        // the login starts a new session: its CSRF token comes with the next read, as Cockpit's next call does
        session.send("GET", "/camunda/api/engine/engine/", Map.of(), null);
        return session;
    }

    public String csrfToken() {
        return cookies.value("XSRF-TOKEN");
    }

    public Api.Response get(String path, String accept) {
        return send("GET", path, Map.of("Accept", accept), null);
    }

    public Api.Response post(String path, String json, Map<String, String> headers) {
        var all = new java.util.HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return send("POST", path, all, json);
    }

    private Api.Response send(String method, String path, Map<String, String> headers, String body) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            var response = cookies.keep(http.send(cookies.send(request).build(),
                    HttpResponse.BodyHandlers.ofString()));
            return new Api.Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
