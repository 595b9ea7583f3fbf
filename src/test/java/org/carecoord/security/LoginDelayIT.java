package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * Wrong passwords slow a login down but never lock the account: after the delay the right password gets in.
 * (PostgresIntegrationTest caps the delay at a few seconds; production's cap is a minute.)
 */
class LoginDelayIT extends PostgresIntegrationTest {

    private static final String PROFILE = "/engine-rest/user/coordinator2/profile";

    @Value("${carecoord.identity.login-delay-max-seconds}")
    int maxDelaySeconds;

    @Test
    void twelveWrongPasswordsDelayButDoNotLockTheAccount() throws InterruptedException {
        var api = new Api(port);
        for (int attempt = 1; attempt <= 12; attempt++) {
            assertThat(api.get(PROFILE, "coordinator2:wrong-" + attempt).status())
                    .isEqualTo(401);
        }
        assertThat(api.get("/api/cases", "coordinator2").status())
                .as("still within the delay")
                .isEqualTo(401);

        Thread.sleep(maxDelaySeconds * 1000L + 500);

        assertThat(api.get(PROFILE, "coordinator2").status()).isEqualTo(200);
        assertThat(api.get(PROFILE, "coordinator2").status())
                .as("and the delay is reset")
                .isEqualTo(200);
    }
}
