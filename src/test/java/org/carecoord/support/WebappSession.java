package org.carecoord.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A signed-in Tasklist session without a browser: the session cookie and CSRF token that Tasklist uses for its
 * engine calls under {@code /camunda/api/engine/engine/default/…}.
 */
public final class WebappSession {

    private final LocalCookies cookies = new LocalCookies();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
    }

    /** Signs in to Tasklist (demo user: password = user name) or fails the test. */
    public static WebappSession logIn(int port, String user) {
        var session = new WebappSession(port);
        int status = session.logIn(user, user, "tasklist");
        if (status != 200) {
            throw new IllegalStateException("Tasklist login failed: " + status);
        }
        return session;
    }

    /** What the webapp's login answers this user for that app (200, or 401/403 when refused). */
    public static int loginStatus(int port, String user, String password, String app) {
        return new WebappSession(port).logIn(user, password, app);
    }

    private int logIn(String user, String password, String app) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var login = send(csrf(HttpRequest.newBuilder(URI.create(base
                        + "/camunda/api/admin/auth/user/default/login/" + app)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.status() != 200) {
            return login.status();
        }
        // the login starts a new session: its CSRF token comes with the next read, as Tasklist's next call does
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/")).GET());
        return login.status();
    }

    /** An engine call as Tasklist makes it, e.g. {@code task/{id}/submit-form}. */
    public Api.Response postToEngine(String path, String json) {
        return send(csrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/" + path)))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Any request to the application with this session's cookies and no CSRF header or Basic credentials; extra
     * headers as name, value, name, value …
     */
    public Api.Response withCookiesOnly(String method, String path, String... headers) {
        var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("GET".equals(method) ? "" : "{}"));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
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
