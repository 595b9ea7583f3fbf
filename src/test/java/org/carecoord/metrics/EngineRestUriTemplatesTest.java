package org.carecoord.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.Test;

/** The uri tag of an engine REST request is its resource's template, outermost first, never the ids it carried. */
class EngineRestUriTemplatesTest {

    @Test
    void joinsTheMatchedTemplatesFromTheOutermost() {
        assertThat(pattern("/engine-rest/", "/claim", "/{id}", "/task")).isEqualTo("/engine-rest/task/{id}/claim");
        assertThat(pattern("/camunda/api/engine/", "/count", "/task", "/engine/{name}"))
                .isEqualTo("/camunda/api/engine/engine/{name}/task/count");
    }

    @Test
    void dropsTheRegexOfAParameter() {
        assertThat(pattern("/engine-rest/", "/{varName:.*}", "/variables", "/{id}", "/process-instance"))
                .isEqualTo("/engine-rest/process-instance/{id}/variables/{varName}");
    }

    @Test
    void aRootResourceHasNoTrailingSlash() {
        assertThat(pattern("/engine-rest/", "/", "/task")).isEqualTo("/engine-rest/task");
        assertThat(pattern("/engine-rest/", "/")).isEqualTo("/engine-rest");
    }

    private static String pattern(String basePath, String... innermostFirst) {
        return EngineRestUriTemplates.MatchedTemplate.pattern(
                basePath, List.of(innermostFirst).stream().map(UriTemplate::new).toList());
    }
}
