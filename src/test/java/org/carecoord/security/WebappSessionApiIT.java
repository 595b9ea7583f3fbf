package org.carecoord.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.carecoord.intake.IntakeApiITFixtures;
import org.carecoord.support.Api;
import org.carecoord.support.PostgresIntegrationTest;
import org.carecoord.support.WebappSession;
import org.junit.jupiter.api.Test;

/**
 * CareCoord's pages inside Tasklist and Cockpit call {@code /api} with the user's webapp session: the session
 * stands for its user with that user's groups and case access; a change without the session's CSRF token is refused;
 * after logging out the session stands for no one.
 */
class WebappSessionApiIT extends PostgresIntegrationTest {

    @Test
    void aTasklistSessionIsItsUserOnTheApiWithTheSameCaseAccess() {
        var api = new Api(port);
        var intake = api.post(
                        "/api/intakes",
                        "manager",
                        IntakeApiITFixtures.referral(
                                "Session", IntakeApiITFixtures.uniqueName(), "1961-04-05", "routine"))
                .json();
        long caseId = intake.get("caseId").asLong();

        var manager = WebappSession.logIn(port, "manager");
        assertThat(manager.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(manager.get("/api/audit?caseId=" + caseId).status()).isEqualTo(200);

        var reviewer = WebappSession.logIn(port, "reviewer", "cockpit");
        assertThat(reviewer.get("/api/cases/" + caseId).status()).isEqualTo(200);
        // a reviewer's session is still a reviewer: no intakes
        assertThat(reviewer.post(
                                "/api/intakes",
                                IntakeApiITFixtures.referral(
                                        "Session", IntakeApiITFixtures.uniqueName(), "1961-04-05", "routine"),
                                true)
                        .status())
                .isEqualTo(403);

        var audit = api.get("/api/audit?caseId=" + caseId, "manager").json();
        assertThat(audit.findValuesAsText("userId")).contains("reviewer");
    }

    @Test
    void aChangeWithTheSessionNeedsItsCsrfTokenAndALoggedOutSessionIsNoOne() {
        var coordinator = WebappSession.logIn(port, "coordinator");
        String referral =
                IntakeApiITFixtures.referral("Csrf", IntakeApiITFixtures.uniqueName(), "1962-05-06", "routine");

        var withoutToken = coordinator.post("/api/intakes", referral, false);
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().get("detail").asText()).contains("CSRF token");
        assertThat(coordinator.post("/api/intakes", referral, true).status()).isEqualTo(201);

        coordinator.logOut();
        assertThat(coordinator.get("/api/providers").status()).isEqualTo(401);
    }

    @Test
    void noSessionIsNoOne() {
        assertThat(new Api(port).get("/api/providers", null).status()).isEqualTo(401);
    }
}
