package org.carecoord.enginerest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.carecoord.support.Api;
import org.carecoord.support.LocalCookies;

/**
 * A signed-in Tasklist session without a browser: the session cookie and CSRF token that Tasklist uses for its
 * engine calls under {@code /camunda/api/engine/engine/default/…}.
 */
final class WebappSession {

    private final LocalCookies cookies = new LocalCookies();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    static WebappSession logIn(int port, String user) {
        var session = new WebappSession(port);
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/app/tasklist/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(user, StandardCharsets.UTF_8);
        var login = session.send(session.csrf(HttpRequest.newBuilder(URI.create(session.base
                        + "/camunda/api/admin/auth/user/default/login/tasklist")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.status() != 200) {
            throw new IllegalStateException("Tasklist login failed: " + login.status());
        }
        // the login starts a new session: its CSRF token comes with the next read, as Tasklist's next call does
        session.send(HttpRequest.newBuilder(URI.create(session.base + "/camunda/api/engine/engine/")).GET());
        return session;
    }

    /** An engine call as Tasklist makes it, e.g. {@code task/{id}/submit-form}. */
    Api.Response postToEngine(String path, String json) {
        return send(csrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/" + path)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder csrf(HttpRequest.Builder request) {
        return request.header("X-XSRF-TOKEN", cookies.value("XSRF-TOKEN"));
    }

    private Api.Response send(HttpRequest.Builder request) {
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
