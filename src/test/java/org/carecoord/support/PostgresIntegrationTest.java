package org.carecoord.support;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of every *IT: the whole application on a real PostgreSQL 17 (embedded binaries, no Docker) with the
 * production profile plus the demo identity, on a random port. All ITs share one Spring context: do not add
 * context-changing annotations to subclasses. {@link PhiLogGuard} fails a class whose run logged a patient's details.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "carecoord.demo.enabled=true",
            // Tests run jobs themselves (JobRunner) and drive the mail sender, so every step is deterministic.
            "camunda.bpm.job-execution.enabled=false",
            "carecoord.mail.sender.enabled=false",
            "carecoord.referral.link-secret=it-only-referral-link-secret-0123",
            "carecoord.referral.link-base-url=http://localhost",
            // LoginDelayIT waits out the delay after wrong passwords; nothing else signs in wrongly as a real user
            "carecoord.identity.login-delay-max-seconds=2",
            "carecoord.hl7.mllp.port=0"
        })
@ActiveProfiles("postgres")
@Import(PostgresIntegrationTest.EmbeddedPostgresConfiguration.class)
@ExtendWith(PhiLogGuard.class)
public abstract class PostgresIntegrationTest {

    /** What most ITs use; an IT declares anything else it needs itself. */
    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected IdentityService identity;

    @Autowired
    protected RepositoryService repository;

    /** PostgreSQL as a bean, so the context closes the pool (and the engine) before the database stops. */
    @TestConfiguration(proxyBeanMethods = false)
    static class EmbeddedPostgresConfiguration {

        @Bean(destroyMethod = "close")
        EmbeddedPostgres embeddedPostgres() throws IOException {
            // as production should: the server's own log leaves out DETAIL ("Failing row contains (…)": patient data)
            return EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("log_error_verbosity", "terse")
                    .start();
        }

        @Bean
        DataSource dataSource(EmbeddedPostgres postgres) {
            var dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
            dataSource.setUsername("postgres");
            dataSource.setPassword("postgres");
            dataSource.setMaximumPoolSize(10);
            return dataSource;
        }
    }
}
