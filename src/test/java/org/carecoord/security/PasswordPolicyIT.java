package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Weak passwords are refused with a 400 that names the rules, wherever a password is set (Admin uses this REST). */
class PasswordPolicyIT extends PostgresIntegrationTest {

    private static final String STRONG = "Tulip-garden-1987!";

    @Autowired
    IdentityService identityService;

    @Test
    void creatingAUserWithAWeakPasswordIsRefused() {
        var api = new Api(port);
        for (String weak : new String[] {"", "1", "short-Pw1!", "alllowercaseletters", "PolicyUser-2024!x"}) {
            var response = api.post("/engine-rest/user/create", "admin", user("policyuser", weak));

            assertThat(response.status()).as("password '%s'", weak).isEqualTo(400);
            assertThat(response.json().get("message").asText()).contains("at least 12 characters");
        }
        assertThat(identityService.createUserQuery().userId("policyuser").count())
                .isZero();
    }

    @Test
    void aStrongPasswordIsAcceptedAndAWeakNewOneRefused() {
        var api = new Api(port);
        assertThat(api.post("/engine-rest/user/create", "admin", user("policyuser2", STRONG))
                        .status())
                .isEqualTo(204);
        assertThat(identityService.checkPassword("policyuser2", STRONG)).isTrue();

        var weak = api.put(
                "/engine-rest/user/policyuser2/credentials",
                "admin",
                "{\"password\": \"1\", \"authenticatedUserPassword\": \"admin\"}");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("message").asText()).contains("at least 12 characters");
        assertThat(identityService.checkPassword("policyuser2", STRONG)).isTrue();
        assertThat(api.get("/engine-rest/identity/password-policy", "admin")
                        .json()
                        .get("rules")
                        .size())
                .as("Admin shows the rules")
                .isEqualTo(6);
    }

    private static String user(String id, String password) {
        return """
                {"profile": {"id": "%s", "firstName": "Pat", "lastName": "Olicy", "email": "%s@carecoord.test"},
                 "credentials": {"password": "%s"}}
                """.formatted(id, id, password);
    }
}
