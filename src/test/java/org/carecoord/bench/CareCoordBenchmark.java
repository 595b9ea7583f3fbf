package org.carecoord.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.carecoord.CareCoordApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The full benchmark ({@code mvn -Pbench verify}): starts the application itself (production profile, authorization
 * on, demo users) on embedded PostgreSQL, or on the PostgreSQL named by {@code SPRING_DATASOURCE_URL}, timing the
 * start-up twice (new database, then a restart on it), runs {@link BenchHarness} and writes {@code target/bench}.
 * It asserts nothing: the report is the result.
 */
class CareCoordBenchmark {

    @Test
    void measure() throws Exception {
        var parameters = BenchParameters.fromSystemProperties();
        String url = System.getenv("SPRING_DATASOURCE_URL");
        EmbeddedPostgres embedded = null;
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "postgres");
        if (url == null) {
            embedded = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("log_error_verbosity", "terse")
                    // W1's statements per episode, against W2's (StatementProfile)
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.max", "10000")
                    .start();
            url = embedded.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
        }
        try {
            Map<String, Double> startup = new LinkedHashMap<>();
            long start = System.nanoTime();
            start(url, user, password).close();
            startup.put(
                    "first start (new database: engine schema, migrations, demo data)",
                    (System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            try (var context = start(url, user, password)) {
                startup.put("restart on the same database", (System.nanoTime() - start) / 1e6);
                int port =
                        ((WebServerApplicationContext) context).getWebServer().getPort();
                var harness = new BenchHarness(
                        new BenchApp(context, port), parameters, Long.getLong("bench.statsSettleMillis", 11_000));
                var result = harness.run(
                        startup,
                        Boolean.parseBoolean(System.getProperty("bench.cleanUp", String.valueOf(embedded == null))));
                Report.write(result, parameters.output());
            }
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    /** The application as the ITs run it (see {@code PostgresIntegrationTest}), on a free port. */
    private static ConfigurableApplicationContext start(String url, String user, String password) {
        // as arguments: they outrank application-postgres.yaml (builder properties would only be defaults)
        return new SpringApplicationBuilder(CareCoordApplication.class)
                .profiles("postgres")
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--server.port=0",
                        "--carecoord.demo.enabled=true",
                        "--camunda.bpm.job-execution.enabled=false",
                        "--carecoord.mail.sender.enabled=false",
                        "--carecoord.referral.link-secret=bench-only-referral-link-secret-0123",
                        "--carecoord.referral.link-base-url=http://localhost");
    }
}
