package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTest {

    @Test
    void aConnectionFailureAnywhereInTheCausesMeansTheDatabaseIsUnreachable() {
        assertThat(DatabaseUnavailable.is(
                        new ProcessEngineException("could not open", new SQLException("connection refused", "08001"))))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new SQLException("terminating connection", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new CannotGetJdbcConnectionException("pool")))
                .isTrue();
        assertThat(DatabaseUnavailable.is(new RuntimeException(
                        new SQLTransientConnectionException("Connection is not available, request timed out"))))
                .isTrue();
    }

    /**
     * What ReliabilityIT saw with PostgreSQL stopped under load, answered 500 before: the pool had closed the dropped
     * connection, so the engine's next statement, or the rollback, failed with HikariCP's plain "Connection is
     * closed"; the rollback's failure replaced the first one (kept as the application exception).
     */
    @Test
    void theConnectionThePoolClosedAfterTheDatabaseDroppedItIsUnreachableToo() {
        SQLException poolClosed = new SQLException("Connection is closed");
        assertThat(DatabaseUnavailable.is(new ProcessEngineException(
                        "ENGINE-03083", new org.apache.ibatis.exceptions.PersistenceException(poolClosed))))
                .isTrue();
        var rollbackFailed = new TransactionSystemException("Could not roll back JDBC transaction", poolClosed);
        rollbackFailed.initApplicationException(new IllegalStateException("the delegate's failure"));
        assertThat(DatabaseUnavailable.is(rollbackFailed)).isTrue();

        var replaced = new TransactionSystemException("Could not roll back JDBC transaction");
        replaced.initApplicationException(
                new ProcessEngineException("select failed", new SQLException("terminating connection", "57P01")));
        assertThat(DatabaseUnavailable.is(replaced)).isTrue();

        var suppressed = new IllegalStateException("closing the command context failed");
        suppressed.addSuppressed(new SQLException("An I/O error occurred while sending to the backend.", "08006"));
        assertThat(DatabaseUnavailable.is(suppressed)).isTrue();
    }

    @Test
    void aRefusedValueOrAnyOtherFaultIsNot() {
        assertThat(DatabaseUnavailable.is(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("Connection is closed", "42000")))
                .isFalse();
        var rollbackOfABug = new TransactionSystemException("Could not commit");
        rollbackOfABug.initApplicationException(new IllegalStateException("bug"));
        assertThat(DatabaseUnavailable.is(rollbackOfABug)).isFalse();
    }
}
