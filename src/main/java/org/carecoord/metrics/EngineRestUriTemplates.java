package org.carecoord.metrics;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * Gives {@code http.server.requests} the engine REST API's path templates ({@code /engine-rest/task/{id}/claim}),
 * as Spring MVC does for {@code /api}: Jersey is not Spring MVC, so without this every engine REST request would be
 * tagged {@code UNKNOWN}, and ids must never become tag values. Discovered by Jersey (META-INF/services) for both the
 * starter's {@code /engine-rest} and the webapps' {@code /camunda/api/engine}, like {@code EngineRestExtensions}.
 */
public final class EngineRestUriTemplates implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        if (!context.getConfiguration().isRegistered(MatchedTemplate.class)) {
            context.register(new MatchedTemplate());
        }
    }

    /** Sets the observation's path pattern to the template of the resource method that answered. */
    static final class MatchedTemplate implements ContainerResponseFilter {

        private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}");
        private static final Pattern SLASHES = Pattern.compile("//+");

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            // Jersey's servlet container shows the servlet request's attributes as request properties
            if (request.getProperty(ServerHttpObservationFilter.CURRENT_OBSERVATION_CONTEXT_ATTRIBUTE)
                            instanceof ServerRequestObservationContext observation
                    && request.getUriInfo() instanceof ExtendedUriInfo uriInfo
                    && !uriInfo.getMatchedTemplates().isEmpty()) {
                observation.setPathPattern(pattern(uriInfo.getBaseUri().getPath(), uriInfo.getMatchedTemplates()));
            }
        }

        /** The base path and the matched templates, outermost first ({@code {id:.+}} becomes {@code {id}}). */
        static String pattern(String basePath, List<UriTemplate> innermostFirst) {
            StringBuilder path = new StringBuilder(basePath);
            for (int i = innermostFirst.size() - 1; i >= 0; i--) {
                path.append('/').append(innermostFirst.get(i).getTemplate());
            }
            String pattern = SLASHES.matcher(PARAMETER_REGEX.matcher(path).replaceAll("{$1}"))
                    .replaceAll("/");
            return pattern.length() > 1 && pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
        }
    }
}
