package org.carecoord.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WithheldExceptionTextTest {

    private final LoggerContext context = new LoggerContext();
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final ch.qos.logback.classic.Logger log = context.getLogger("org.camunda.bpm.engine.context");

    @BeforeEach
    void setUp() {
        var filter = new WithheldExceptionText();
        filter.start();
        context.addTurboFilter(filter);
        appender.setContext(context);
        appender.start();
        log.addAppender(appender);
    }

    @Test
    void anEngineErrorKeepsItsCodeAndExceptionTypesButNotTheSubmittedText() {
        var cause = new IllegalStateException("given by Jane Secretname");
        var e = new ProcessEngineException("Cannot complete task: given by Jane Secretname", cause);

        log.error("ENGINE-16004 Exception while closing command context: {}", e.getMessage(), e);

        var event = appender.list.get(0);
        assertThat(event.getFormattedMessage())
                .isEqualTo("ENGINE-16004 Exception while closing command context: [message withheld]");
        assertThat(event.getThrowableProxy().getMessage())
                .isEqualTo(ProcessEngineException.class.getName() + " [message withheld]");
        assertThat(event.getThrowableProxy().getCause().getMessage()).startsWith(IllegalStateException.class.getName());
        assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
        assertThat(appender.list).hasSize(1);
    }

    @Test
    void anExceptionFormattedIntoTheMessageIsReducedToItsType() {
        // as Camunda's loggers call it: the exception as a parameter (varargs), not as the Throwable overload
        log.warn("ENGINE-REST-HTTP500 {}", (Object) new ProcessEngineException("patient Jane Secretname"));

        assertThat(appender.list.get(0).getFormattedMessage())
                .isEqualTo("ENGINE-REST-HTTP500 " + ProcessEngineException.class.getName() + " [message withheld]");
    }

    @Test
    void aStackTracePrintedIntoTheMessageKeepsOnlyTypesAndFrames() {
        var cause = new IllegalStateException("ERROR: new row violates check constraint\n  Detail: Failing row contains"
                + " (1, maybe, Jane Secretname)");
        var printed = new java.io.StringWriter();
        new ProcessEngineException("Cannot complete task 42: persistence", cause)
                .printStackTrace(new java.io.PrintWriter(printed));

        log.warn("ENGINE-REST-HTTP500 {}", printed.toString());

        String logged = appender.list.get(0).getFormattedMessage();
        assertThat(logged)
                .startsWith("ENGINE-REST-HTTP500 " + ProcessEngineException.class.getName() + " [message withheld]")
                .contains("Caused by: java.lang.IllegalStateException [message withheld]")
                .contains("\tat org.carecoord.logging.WithheldExceptionTextTest")
                .doesNotContain("Secretname", "task 42", "Failing row");
    }

    @Test
    void eventsWithoutAnExceptionAreLoggedAsTheyAre() {
        log.info("Deployed {} models", 3);

        assertThat(appender.list.get(0).getFormattedMessage()).isEqualTo("Deployed 3 models");
    }
}
