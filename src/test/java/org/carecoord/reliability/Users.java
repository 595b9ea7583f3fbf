package org.carecoord.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The users' side of the wire, behind a load balancer: every request goes to the next node in rotation; a node
 * that refuses the connection or drops it (killed) is skipped as a load balancer would. Every answer is counted
 * ({@link Tally}): a 5xx with its path and whether it was problem+json. A 503 or a dropped connection is retried
 * after a second by the caller that knows whether the request may be repeated.
 */
final class Users {

    static final String PASSWORD = "Rel1able-Run-2026!";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<AppNode> nodes;
    private final AtomicInteger next = new AtomicInteger();
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private volatile Tally tally = new Tally();

    Users(List<AppNode> nodes) {
        this.nodes = nodes;
    }

    /** Counts from now on into a new tally (one per scenario). */
    Tally newTally() {
        tally = new Tally();
        return tally;
    }

    Tally tally() {
        return tally;
    }

    record Answer(int status, String contentType, String body, String node) {

        JsonNode json() {
            try {
                return body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
            } catch (IOException e) {
                return JSON.nullNode();
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** No answer: the connection was refused or dropped, so the request may or may not have been carried out. */
    static final class NoAnswer extends Exception {
        NoAnswer(String message, Throwable cause) {
            super(message, cause);
        }
    }

    Answer get(String path, String user) throws NoAnswer {
        return send("GET", path, user, null, null);
    }

    Answer postJson(String path, String user, String body) throws NoAnswer {
        return send("POST", path, user, "application/json", body);
    }

    Answer putJson(String path, String user, String body) throws NoAnswer {
        return send("PUT", path, user, "application/json", body);
    }

    Answer postForm(String path, String body) throws NoAnswer {
        return send("POST", path, null, "application/x-www-form-urlencoded", body);
    }

    private Answer send(String method, String path, String user, String contentType, String body) throws NoAnswer {
        AppNode node = pick();
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
                .timeout(Duration.ofSeconds(90))
                .header("Accept", "application/json, text/html")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        if (user != null) {
            builder.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password(user)).getBytes(StandardCharsets.UTF_8)));
        }
        Tally counting = tally;
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    node.name());
            counting.count(method, path, answer);
            return answer;
        } catch (IOException e) {
            counting.noAnswer(method, path, node.name());
            throw new NoAnswer(method + " " + Tally.template(path) + " on " + node.name() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private AppNode pick() {
        // users keep trying while every node is down (a restart takes a minute on a loaded machine)
        for (int tries = 0; tries < 1200; tries++) {
            for (int i = 0; i < nodes.size(); i++) {
                AppNode node = nodes.get(Math.floorMod(next.getAndIncrement(), nodes.size()));
                if (node.inRotation()) {
                    return node;
                }
            }
            sleep(Duration.ofMillis(250));
        }
        throw new IllegalStateException("no node in rotation for 5 minutes");
    }

    static String password(String user) {
        return user.equals("admin") ? ReliabilityIT.ADMIN_PASSWORD : PASSWORD;
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every answer users got in one scenario. */
    static final class Tally {

        final AtomicLong requests = new AtomicLong();
        final AtomicLong noAnswers = new AtomicLong();
        /** "503 GET /engine-rest/task" → count */
        final Map<String, AtomicLong> serverErrors = new ConcurrentHashMap<>();
        /** 5xx answers not in words: neither problem+json nor engine REST's DatabaseUnavailable (a stack, a page) */
        final AtomicLong serverErrorsNotProblemJson = new AtomicLong();

        final Map<Integer, AtomicLong> byStatus = new ConcurrentHashMap<>();
        /** when each node last answered 2xx (System.nanoTime) */
        final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

        private final AtomicLong firstSuccessAfterMark = new AtomicLong();
        private volatile long mark = Long.MAX_VALUE;

        void count(String method, String path, Answer answer) {
            requests.incrementAndGet();
            byStatus.computeIfAbsent(answer.status(), s -> new AtomicLong()).incrementAndGet();
            if (answer.status() >= 500) {
                serverErrors
                        .computeIfAbsent(answer.status() + " " + method + " " + template(path), k -> new AtomicLong())
                        .incrementAndGet();
                if (!structured(path, answer)) {
                    serverErrorsNotProblemJson.incrementAndGet();
                }
            } else if (answer.ok()) {
                long now = System.nanoTime();
                lastSuccess
                        .computeIfAbsent(answer.node(), n -> new AtomicLong())
                        .set(now);
                if (now >= mark) {
                    firstSuccessAfterMark.compareAndSet(0, now);
                }
            }
        }

        /**
         * A 5xx in words, no stack: problem+json from {@code /api} (and the filters), and engine REST's own error
         * format (what Tasklist reads) with the type {@code DatabaseUnavailable} from {@code /engine-rest}.
         */
        static boolean structured(String path, Answer answer) {
            if (answer.contentType().startsWith("application/problem+json")) {
                return true;
            }
            return path.startsWith("/engine-rest/")
                    && answer.contentType().startsWith("application/json")
                    && "DatabaseUnavailable".equals(answer.json().path("type").asText());
        }

        void noAnswer(String method, String path, String node) {
            requests.incrementAndGet();
            noAnswers.incrementAndGet();
        }

        /** From now on, remember the first successful answer (the end of a fault). */
        void markFaultEnd(long nanoTime) {
            firstSuccessAfterMark.set(0);
            mark = nanoTime;
        }

        /** Nanoseconds from the mark to the first 2xx after it, or -1 if none came yet. */
        long firstSuccessAfterFaultEnd() {
            long first = firstSuccessAfterMark.get();
            return first == 0 ? -1 : first - mark;
        }

        long serverErrorCount() {
            return serverErrors.values().stream().mapToLong(AtomicLong::get).sum();
        }

        long serverErrorCountOtherThan(int status) {
            return serverErrors.entrySet().stream()
                    .filter(e -> !e.getKey().startsWith(status + " "))
                    .mapToLong(e -> e.getValue().get())
                    .sum();
        }

        /** The path with ids, numbers, tokens and the query left out: a template, never a case number. */
        static String template(String path) {
            String noQuery = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
            return noQuery.replaceAll("/referral-response/[^/]+", "/referral-response/{token}")
                    .replaceAll("/task/[^/]+", "/task/{id}")
                    .replaceAll("/[0-9]+(?=/|$)", "/{n}")
                    .replaceAll("/members/[^/]+", "/members/{user}");
        }
    }
}
