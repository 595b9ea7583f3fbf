package org.carecoord.support;

import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * Keeps the text of every log event (formatted message, and class and message of each throwable in the chain) until
 * {@link PhiLogGuard} takes it. Stack frames are left out: they carry code, not data. Configured in logback-test.xml.
 */
public class LogRecorder extends AppenderBase<ILoggingEvent> {

    private static final List<String> LINES = new ArrayList<>();

    @Override
    protected void append(ILoggingEvent event) {
        var text = new StringBuilder(event.getLoggerName()).append(": ").append(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            text.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                text.append(" | suppressed ")
                        .append(suppressed.getClassName())
                        .append(": ")
                        .append(suppressed.getMessage());
            }
        }
        synchronized (LINES) {
            LINES.add(text.toString());
        }
    }

    /** The lines recorded since the last call. */
    static List<String> take() {
        synchronized (LINES) {
            var lines = List.copyOf(LINES);
            LINES.clear();
            return lines;
        }
    }
}
