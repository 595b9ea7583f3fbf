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
    void thePluginsAskCareCoordWhoIsSignedInAndLeaveTheNewSessionsCsrfTokenToTasklist() {
        var coordinator = WebappSession.logInBeforeFirstRead(port, "coordinator");
        String beforeLogin = coordinator.csrfCookie();

        var me = coordinator.get("/api/me");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("userId").asText()).isEqualTo("coordinator");
        assertThat(me.json().get("groups").toString()).contains("coordinators");
        assertThat(me.json().get("webapps").toString()).contains("tasklist").doesNotContain("admin");
        // no token was made for the new session by the plugin's call: the cookie is still the one from before login
        assertThat(coordinator.csrfCookie()).isEqualTo(beforeLogin);

        // Tasklist's own first read gets the new session's token, and its changes then pass
        coordinator.getPage("/camunda/api/engine/engine/");
        assertThat(coordinator.csrfCookie()).isNotEqualTo(beforeLogin);
        assertThat(coordinator
                        .post(
                                "/api/intakes",
                                IntakeApiITFixtures.referral(
                                        "Token", IntakeApiITFixtures.uniqueName(), "1961-04-05", "routine"),
                                true)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void callsToTheApiLeaveTheSessionIdAloneSoTasklistsOwnCallsUnderWayStaySignedIn() {
        var coordinator = WebappSession.logIn(port, "coordinator");
        String session = coordinator.sessionCookie();

        assertThat(coordinator.get("/api/me").status()).isEqualTo(200);
        assertThat(coordinator.get("/api/providers").status()).isEqualTo(200);
        assertThat(coordinator.get("/v3/api-docs").status()).isEqualTo(200);

        // a changed id (Spring's session-fixation default on every call) left Tasklist's requests already sent with
        // the old id to a new, empty session: logged out
        assertThat(coordinator.sessionCookie()).isEqualTo(session);
        assertThat(coordinator.postToEngine("task/count", "{}").status()).isEqualTo(200);
    }

    @Test
    void aManagerMayOpenCockpitAndWhoIsSignedInNeedsASession() {
        var manager = WebappSession.logIn(port, "manager");
        var me = manager.get("/api/me").json();
        assertThat(me.get("groups").toString()).contains("managers");
        assertThat(me.get("webapps").toString()).contains("cockpit");

        assertThat(new Api(port).get("/api/me", null).status()).isEqualTo(401);
    }

    @Test
    void noSessionIsNoOne() {
        assertThat(new Api(port).get("/api/providers", null).status()).isEqualTo(401);
    }
}
