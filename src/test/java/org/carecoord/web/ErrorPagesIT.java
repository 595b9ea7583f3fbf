package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.Test;

/** A browser that lands on an error sees CareCoord's page with a way back, never Spring's "Whitelabel Error Page". */
class ErrorPagesIT extends PostgresIntegrationTest {

    @Test
    void aCoordinatorWhoFollowsALinkIntoCockpitGetsCareCoordsPageWithAWayBack() {
        var coordinator = WebappSession.logIn(port, "coordinator");

        var page = coordinator.getPage("/camunda/app/cockpit/default/");

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body())
                .contains("CareCoord", "You may not open this page", "/camunda/app/tasklist/")
                .doesNotContain("Whitelabel", "There was an unexpected error");
    }

    @Test
    void aProgramStillGetsProblemJson() {
        var api = new Api(port).raw("GET", "/camunda-old/tasklist", Map.of("Accept", "application/json"), null, false);

        assertThat(api.status()).isEqualTo(404);
        assertThat(api.body()).doesNotContain("<html", "Whitelabel");
    }
}
