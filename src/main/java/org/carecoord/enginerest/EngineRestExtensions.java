package org.carecoord.enginerest;

import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Adds CareCoord's form validation, form option lists and error mapping to every Jersey application of the engine REST API: the
 * starter's {@code /engine-rest} and the webapp's {@code /camunda/api/engine} that Tasklist calls. Both are separate
 * Jersey applications built from Camunda's own resource list (the webapp's cannot be customised as a Spring bean),
 * so the extension is discovered by Jersey (META-INF/services) rather than registered on one ResourceConfig.
 * Priority 1 makes these mappers win over Camunda's mappers for the same exception types, which echo messages.
 */
public final class EngineRestExtensions implements ForcedAutoDiscoverable {

    static final int FIRST = 1;

    @Override
    public void configure(FeatureContext context) {
        if (context.getConfiguration().isRegistered(FormSubmissionFilter.class)) {
            return;
        }
        context.register(new FormSubmissionFilter(), Map.of(ContainerRequestFilter.class, FIRST));
        context.register(new FormOptionsFilter(), Map.of(ContainerResponseFilter.class, FIRST));
        for (ExceptionMapper<?> mapper : EngineErrorMapper.all()) {
            context.register(mapper, Map.of(ExceptionMapper.class, FIRST));
        }
    }
}
