package org.carecoord.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginFilterTest {

    private final SameOriginFilter filter =
            new SameOriginFilter(List.of("https://carecoord.example.org/"), new ObjectMapper());

    @ParameterizedTest(name = "{0} Origin={1} Sec-Fetch-Site={2} → {3}")
    @CsvSource(
            nullValues = "-",
            value = {
                "POST,   https://evil.example,          -,           403",
                "DELETE, https://evil.example,          -,           403",
                "PUT,    http://localhost:9999,         -,           403",
                "PATCH,  null,                          -,           403",
                "POST,   null,                          cross-site,  403",
                "POST,   null,                          same-origin, 200",
                "POST,   https://evil.example,          same-origin, 403",
                "POST,   -,                             cross-site,  403",
                "POST,   -,                             -,           200",
                "POST,   -,                             same-origin, 200",
                "POST,   http://LOCALHOST:8080,         same-origin, 200",
                "POST,   https://carecoord.example.org, -,           200",
                "POST,   https://carecoord.example.org:443, -,       200",
                "GET,    https://evil.example,          cross-site,  200",
                "OPTIONS, https://evil.example,         -,           200"
            })
    void onlyStateChangingRequestsFromAnotherSiteAreRefused(String method, String origin, String fetchSite, int status)
            throws Exception {
        var request = new MockHttpServletRequest(method, "/engine-rest/deployment/create");
        request.setServerName("localhost");
        request.setServerPort(8080);
        if (origin != null) {
            request.addHeader("Origin", origin);
        }
        if (fetchSite != null) {
            request.addHeader("Sec-Fetch-Site", fetchSite);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(chain.getRequest() != null).as("passed on").isEqualTo(status == 200);
        if (status == 403) {
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            assertThat(response.getContentAsString()).contains("\"status\":403").doesNotContain("evil");
        }
    }
}
