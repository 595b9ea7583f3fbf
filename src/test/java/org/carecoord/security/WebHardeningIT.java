package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;

/** Sessions and cookies of the webapps in the production profile, and the headers of the pages opened from mail. */
class WebHardeningIT extends PostgresIntegrationTest {

    @Autowired
    ServerProperties server;

    @Test
    void webappSessionsEndAfterFifteenIdleMinutesByDefault() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void webappSessionAndXsrfCookiesAreSecureAndSameSite() throws Exception {
        var response = get("/camunda/app/tasklist/default/");

        var cookies = response.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("XSRF-TOKEN="));
        assertThat(cookies)
                .allSatisfy(cookie -> assertThat(cookie)
                        .containsPattern("(?i);\\s*Secure(;|$)")
                        .containsPattern("(?i);\\s*SameSite=(Lax|Strict)"));
    }

    @Test
    void browsersAreToldToUseOnlyHttpsOnceTheyCameOverHttps() throws Exception {
        var overHttps = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/camunda/app/tasklist/default/"))
                                .header("X-Forwarded-Proto", "https")
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(overHttps.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void providerResponsePagesAllowNoScriptFramingCachingOrReferrer() throws Exception {
        assertStrictHeaders(get("/referral-response/not-a-token"));
    }

    @Test
    void educationPagesAllowNoScriptFramingCachingOrReferrer() throws Exception {
        assertStrictHeaders(get("/education/1.1.not-a-signature"));
    }

    private static void assertStrictHeaders(HttpResponse<String> page) {
        assertThat(page.body()).contains("<html").doesNotContain("<script", "style=");
        var headers = page.headers();
        assertThat(headers.allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(headers.allValues("X-Frame-Options")).containsExactly("DENY");
        assertThat(headers.allValues("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
