package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

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

    @Test
    void aRefusedValueOrAnyOtherFaultIsNot() {
        assertThat(DatabaseUnavailable.is(new SQLException("duplicate key", "23505")))
                .isFalse();
        assertThat(DatabaseUnavailable.is(new SQLException("no state"))).isFalse();
        assertThat(DatabaseUnavailable.is(new IllegalStateException("bug"))).isFalse();
    }
}
