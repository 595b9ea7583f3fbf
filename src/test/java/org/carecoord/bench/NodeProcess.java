package org.carecoord.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.carecoord.CareCoordApplication;

/**
 * W5's application node: CareCoord in a JVM of its own (the bench JVM's class path, production profile), on the
 * bench's database, job executor on, its mail sender on and pointed at the bench's SMTP sink. A JVM per node, not a
 * second Spring context in the bench JVM: the engine REST API finds its engine in a JVM-wide registry
 * ({@code ProcessEngines}, by the name {@code default}), so two contexts in one JVM would answer every REST call with
 * one engine. Its log goes to a file under the report's directory.
 */
final class NodeProcess implements AutoCloseable {

    /** 25 s on a quiet machine; a node took 305 s while other builds kept the 2 cores at a load of 20 */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("bench.nodeStartSeconds", 900));

    private final String name;
    private final int port;
    private final Process process;
    private final double startMillis;

    private NodeProcess(String name, int port, Process process, double startMillis) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.startMillis = startMillis;
    }

    /** Starts the nodes side by side and waits until each answers {@code /actuator/health} with 200. */
    static List<NodeProcess> startAll(
            List<String> names,
            String jdbcUrl,
            String user,
            String password,
            int smtpPort,
            int maxHeapMiB,
            Path logDirectory) {
        List<java.util.concurrent.CompletableFuture<NodeProcess>> starting = names.stream()
                .map(name -> java.util.concurrent.CompletableFuture.supplyAsync(
                        () -> start(name, jdbcUrl, user, password, smtpPort, maxHeapMiB, logDirectory)))
                .toList();
        List<NodeProcess> nodes = new ArrayList<>();
        RuntimeException failure = null;
        for (var node : starting) {
            try {
                nodes.add(node.join());
            } catch (java.util.concurrent.CompletionException e) {
                failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        }
        if (failure != null) {
            nodes.forEach(NodeProcess::close);
            throw failure;
        }
        return nodes;
    }

    /** Starts the node and waits until it answers {@code /actuator/health} with 200. */
    static NodeProcess start(
            String name,
            String jdbcUrl,
            String user,
            String password,
            int smtpPort,
            int maxHeapMiB,
            Path logDirectory) {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(
                java,
                "-Xmx" + maxHeapMiB + "m",
                "-cp",
                System.getProperty("java.class.path"),
                CareCoordApplication.class.getName(),
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--server.port=" + port,
                "--carecoord.demo.enabled=true",
                "--camunda.bpm.job-execution.enabled=true",
                // the node's name in act_hi_job_log.hostname_: which node ran which job
                "--camunda.bpm.generic-properties.properties.hostname=" + name,
                "--carecoord.mail.sender.enabled=true",
                "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtpPort,
                "--carecoord.mail.poll-interval=PT1S",
                "--carecoord.referral.link-secret=bench-only-referral-link-secret-0123",
                "--carecoord.referral.link-base-url=http://localhost"));
        try {
            Files.createDirectories(logDirectory);
            Path log = logDirectory.resolve("w5-" + name + ".log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            var node = new NodeProcess(name, port, process, 0);
            node.awaitHealthy();
            return new NodeProcess(name, port, process, (System.nanoTime() - start) / 1e6);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start node " + name, e);
        }
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    double startMillis() {
        return startMillis;
    }

    private void awaitHealthy() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "node " + name + " exited with " + process.exitValue() + " (see its log)");
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while node " + name + " started", e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("node " + name + " not healthy after " + START_TIMEOUT.toSeconds() + " s");
    }

    /** Stops the node as a service manager would (SIGTERM: Spring closes the engine and the pool), then waits. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
