package org.carecoord.logging;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Adds {@link WithheldExceptionText} to Logback right after Spring Boot has configured logging (whatever the
 * configuration: Spring Boot's default, a logback.xml of the operator's, logback-test.xml), before the engine starts.
 * Registered in META-INF/spring.factories.
 */
public class LogRedactionInstaller implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(WithheldExceptionText.class::isInstance)) {
            var filter = new WithheldExceptionText();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
