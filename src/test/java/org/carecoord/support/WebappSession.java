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
        return logIn(port, user, "tasklist");
    }

    /** Signs in to a webapp (tasklist, cockpit, admin) as a demo user, or fails the test. */
    public static WebappSession logIn(int port, String user, String app) {
        var session = new WebappSession(port);
        int status = session.logIn(user, user, app);
        if (status != 200) {
            throw new IllegalStateException(app + " login failed: " + status);
        }
        return session;
    }

    /**
     * Signs in to Tasklist and stops there, before any read: the new session has no CSRF token yet (Camunda makes
     * one at the session's first read under /camunda and sends it with that answer only).
     */
    public static WebappSession logInBeforeFirstRead(int port, String user) {
        var session = new WebappSession(port);
        int status = session.logIn(user, user, "tasklist", false);
        if (status != 200) {
            throw new IllegalStateException("tasklist login failed: " + status);
        }
        return session;
    }

    /** The CSRF token cookie the browser holds now (what a plugin reading document.cookie sends). */
    public String csrfCookie() {
        return cookies.value("XSRF-TOKEN");
    }

    /** The session cookie the browser holds now. */
    public String sessionCookie() {
        return cookies.value("JSESSIONID");
    }

    /** What the webapp's login answers this user for that app (200, or 401/403 when refused). */
    public static int loginStatus(int port, String user, String password, String app) {
        return new WebappSession(port).logIn(user, password, app);
    }

    private int logIn(String user, String password, String app) {
        return logIn(user, password, app, true);
    }

    private int logIn(String user, String password, String app, boolean firstRead) {
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/"))
                .GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var login = send(
                csrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.status() != 200 || !firstRead) {
            return login.status();
        }
        // the login starts a new session: its CSRF token comes with the next read, as Tasklist's next call does
        send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/"))
                .GET());
        return login.status();
    }

    /** An engine call as Tasklist makes it, e.g. {@code task/{id}/submit-form}. */
    public Api.Response postToEngine(String path, String json) {
        return send(csrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/default/" + path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A call to CareCoord's {@code /api} with this session, as its pages inside the webapps make it. */
    public Api.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .GET());
    }

    /** A page as the browser asks for it (Accept: text/html) with this session. */
    public Api.Response getPage(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET());
    }

    /** A change through {@code /api} with this session; {@code withCsrfToken} false leaves the header off. */
    public Api.Response post(String path, String json, boolean withCsrfToken) {
        var request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        return send(withCsrfToken ? csrf(request) : request);
    }

    /** Logs out of the webapps, as the user menu's "Log out" does. */
    public void logOut() {
        send(csrf(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/logout")))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    private HttpRequest.Builder csrf(HttpRequest.Builder request) {
        return request.header("X-XSRF-TOKEN", cookies.value("XSRF-TOKEN"));
    }

    private Api.Response send(HttpRequest.Builder request) {
        try {
            var response = cookies.keep(http.send(cookies.send(request).build(), HttpResponse.BodyHandlers.ofString()));
            return new Api.Response(
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
