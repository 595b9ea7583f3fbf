package org.carecoord.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One CareCoord node as production runs it: {@code java -jar} of the packaged jar in its own JVM, the production
 * profile, configured by environment and arguments, its output in a log file under {@code target/reliability/}.
 */
final class AppNode {

    /** What {@link Process#exitValue()} reports for a process ended by SIGKILL (128 + 9). */
    static final int KILLED_BY_SIGKILL = 137;

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final List<String> arguments;
    private final Path log;
    private volatile Process process;
    private volatile boolean inRotation;

    AppNode(String name, int port, Map<String, String> environment, List<String> arguments, Path log) {
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.arguments = arguments;
        this.log = log;
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    /** Whether the driver (the load balancer) sends users here: only once the node answered its health check. */
    boolean inRotation() {
        return inRotation;
    }

    void takeOutOfRotation() {
        inRotation = false;
    }

    void start() throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx640m");
        // start-up matters more than peak speed here: C1 only, one GC thread pool sized for 2 cores
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Files.writeString(
                log,
                "=== " + name + " started by ReliabilityIT ===\n",
                StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
        process = builder.start();
    }

    /** Polls {@code /actuator/health} until UP, then puts the node into rotation; returns how long it took. */
    Duration awaitReady(Duration atMost) throws InterruptedException {
        long started = System.nanoTime();
        long deadline = started + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "\n" + logTail());
            }
            if (healthUp()) {
                inRotation = true;
                return Duration.ofNanos(System.nanoTime() - started);
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + atMost + "\n" + logTail());
    }

    private boolean healthUp() {
        try {
            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code kill -9}: out of rotation (the load balancer's next health check), then {@link Process#destroyForcibly()},
     * which on Linux is SIGKILL — the exit value proves it. Returns the exit value.
     */
    int kill() throws InterruptedException {
        inRotation = false;
        process.destroyForcibly();
        process.waitFor();
        return process.exitValue();
    }

    /** A normal shutdown (SIGTERM), at the end of the run. */
    void stop() throws InterruptedException {
        inRotation = false;
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** The last lines of the node's log, for a failure message. */
    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return name + " log (" + log + "), last lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return name + " log unreadable: " + e;
        }
    }

    /** The repackaged jar that {@code package} builds before failsafe runs. */
    static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("carecoord-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "no target/carecoord-*.jar: run through mvn verify (package builds it)"));
        }
    }
}
