package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Nothing is served before Spring Boot reports CareCoord ready (demo data loaded), everything after. */
class StartingUpTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartingUp filter = new StartingUp(availability);

    @Test
    void beforeReadinessABrowserGetsAPageThatReloadsAndAProgramAProblem() throws Exception {
        var page = call("text/html,application/xhtml+xml");
        assertThat(page.response().getStatus()).isEqualTo(503);
        assertThat(page.response().getHeader("Retry-After")).isEqualTo("3");
        assertThat(page.response().getContentAsString()).contains("CareCoord is starting", "http-equiv=\"refresh\"");
        assertThat(page.chain().getRequest()).isNull();

        var api = call("application/json");
        assertThat(api.response().getStatus()).isEqualTo(503);
        assertThat(api.response().getContentType()).isEqualTo("application/problem+json");
        assertThat(api.response().getContentAsString()).contains("\"status\":503", "CareCoord is starting");
    }

    @Test
    void onceReadyEveryRequestPasses() throws Exception {
        ready(ReadinessState.ACCEPTING_TRAFFIC);
        var call = call("text/html");
        assertThat(call.chain().getRequest()).isNotNull();
        assertThat(call.response().getStatus()).isEqualTo(200);

        ready(ReadinessState.REFUSING_TRAFFIC); // shutting down
        assertThat(call("text/html").response().getStatus()).isEqualTo(503);
    }

    private void ready(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(), state));
    }

    private record Call(MockHttpServletResponse response, MockFilterChain chain) {}

    private Call call(String accept) throws Exception {
        var request = new MockHttpServletRequest("GET", "/camunda/app/tasklist/");
        request.addHeader("Accept", accept);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Call(response, chain);
    }
}
