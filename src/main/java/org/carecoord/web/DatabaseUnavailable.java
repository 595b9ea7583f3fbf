package org.carecoord.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Whether a failure means the database could not be reached (down, restarting, pool exhausted) rather than a fault
 * in the request: then the answer is 503 "try again", and the client may retry, since nothing was saved.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {}

    public static boolean is(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof ConnectException) {
                return true;
            }
            // SQLSTATE class 08: connection exception; 57P01-57P03: the server is shutting down or starting up
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
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
