package org.carecoord.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running application under test: its HTTP port, its engine (for what the ITs do behind the users' backs: run
 * jobs, make a timer due) and its database. Demo users' password is their name; users the bench creates register
 * theirs here.
 */
final class BenchApp {

    private final ApplicationContext context;
    private final int port;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    BenchApp(ApplicationContext context, int port) {
        this.context = context;
        this.port = port;
    }

    ApplicationContext context() {
        return context;
    }

    int port() {
        return port;
    }

    String passwordOf(String user) {
        return passwords.getOrDefault(user, user);
    }

    void registerPassword(String user, String password) {
        passwords.put(user, password);
    }

    RuntimeService runtime() {
        return context.getBean(RuntimeService.class);
    }

    ManagementService management() {
        return context.getBean(ManagementService.class);
    }

    HistoryService history() {
        return context.getBean(HistoryService.class);
    }

    TaskService tasks() {
        return context.getBean(TaskService.class);
    }

    IdentityService identity() {
        return context.getBean(IdentityService.class);
    }

    RepositoryService repository() {
        return context.getBean(RepositoryService.class);
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** The JDBC URL and login of the application's own pool, for the bare engine and the JDBC ceiling. */
    HikariDataSource pool() {
        DataSource dataSource = context.getBean(DataSource.class);
        try {
            return dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the bench needs the application's Hikari pool", e);
        }
    }
}
