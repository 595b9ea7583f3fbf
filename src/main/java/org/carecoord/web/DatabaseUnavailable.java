package org.carecoord.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure means the database could not be reached (down, restarting, pool exhausted) rather than a fault
 * in the request: then the answer is 503 "try again", and the client may retry, since nothing was saved.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    /**
     * HikariCP's answer on a connection it closed itself after the database dropped it (a plain SQLException
     * without SQLSTATE): the statement or rollback that follows in the same transaction fails with this.
     */
    static final String POOL_CLOSED_CONNECTION = "Connection is closed";

    public static boolean is(Throwable error) {
        return is(error, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /**
     * Walks the causes and, where the first failure is kept aside, the suppressed exceptions and the application
     * exception a failed rollback replaced (Spring's {@link TransactionSystemException}): during an outage the
     * outermost exception is often the rollback's "Connection is closed", the lost connection its companion.
     */
    private static boolean is(Throwable error, Set<Throwable> seen) {
        for (Throwable t = error; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
                if (sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08")
                                || sql.getSQLState().startsWith("57P"))) {
                    return true;
                }
                if (sql.getSQLState() == null && POOL_CLOSED_CONNECTION.equals(sql.getMessage())) {
                    return true;
                }
            }
            if (t instanceof TransactionSystemException rollback
                    && rollback.getApplicationException() != null
                    && is(rollback.getApplicationException(), seen)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (is(suppressed, seen)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words for a user: nothing was saved, and when to try again. */
    public static final String MESSAGE =
            "The database cannot be reached right now; nothing was saved. Try again in a minute.";

    /** Seconds a client should wait before trying again (the Retry-After header). */
    public static final String RETRY_AFTER_SECONDS = "30";
}
