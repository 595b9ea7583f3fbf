package org.carecoord.logging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * Keeps exception messages out of the log: they can carry what a user submitted (a consent giver's name, a contact
 * note, a value PostgreSQL quotes in a constraint violation), and the engine, the REST layer, the job executor and
 * Tomcat all log them (e.g. ENGINE-16004, ENGINE-14006, ENGINE-REST-HTTP500). An event carrying an exception is
 * logged again with every exception message in its text replaced by {@value #WITHHELD} and with the exceptions
 * reduced to their types and stack frames; a stack trace printed into the message (engine REST's ENGINE-REST-HTTP500
 * does that) keeps its types and frames only. Spring Boot's start-up failure report is left as it is: it explains a
 * configuration mistake and runs before any patient data.
 */
public class WithheldExceptionText extends TurboFilter {

    static final String WITHHELD = "[message withheld]";
    private static final Set<String> STARTUP_LOGGERS = Set.of(
            "org.springframework.boot.SpringApplication",
            "org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter");
    private static final ThreadLocal<Boolean> RELOGGING = ThreadLocal.withInitial(() -> false);

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (RELOGGING.get()
                || level == null
                || !level.isGreaterOrEqual(logger.getEffectiveLevel())
                || STARTUP_LOGGERS.contains(logger.getName())) {
            return FilterReply.NEUTRAL;
        }
        Throwable thrown = t != null ? t : lastThrowable(params);
        if (thrown == null && !PrintedStackTrace.in(format) && !hasPrintedStackTrace(params)) {
            return FilterReply.NEUTRAL;
        }
        List<String> messages = thrown == null ? List.of() : messagesOf(thrown);
        Object[] safeParams = params == null ? null : new Object[params.length];
        for (int i = 0; safeParams != null && i < params.length; i++) {
            safeParams[i] = params[i] instanceof Throwable p
                    ? WithheldException.describe(p)
                    : params[i] instanceof String s ? withhold(PrintedStackTrace.withhold(s), messages) : params[i];
        }
        RELOGGING.set(true);
        try {
            logger.log(
                    marker,
                    Logger.FQCN,
                    Level.toLocationAwareLoggerInteger(level),
                    withhold(PrintedStackTrace.withhold(format), messages),
                    safeParams,
                    WithheldException.of(thrown));
        } finally {
            RELOGGING.set(false);
        }
        return FilterReply.DENY;
    }

    private static boolean hasPrintedStackTrace(Object[] params) {
        if (params != null) {
            for (Object param : params) {
                if (param instanceof String s && PrintedStackTrace.in(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Throwable lastThrowable(Object[] params) {
        return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    }

    /** Longest first, so a wrapper's message ("failed: <cause's message>") goes as a whole. */
    private static List<String> messagesOf(Throwable thrown) {
        List<String> messages = new ArrayList<>();
        for (Throwable e = thrown; e != null && messages.size() < 20; e = e.getCause()) {
            if (e.getMessage() != null && !e.getMessage().isBlank()) {
                messages.add(e.getMessage());
            }
            if (e.getCause() == e) {
                break;
            }
        }
        messages.sort(Comparator.comparingInt(String::length).reversed());
        return messages;
    }

    private static String withhold(String text, List<String> messages) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String message : messages) {
            result = result.replace(message, WITHHELD);
        }
        return result;
    }
}
