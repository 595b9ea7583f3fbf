package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.carecoord.referral.ReferralLinks.RejectedLinkException;
import org.carecoord.referral.ReferralLinks.Rejection;
import org.junit.jupiter.api.Test;

class ReferralTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private final ReferralLinks links = new ReferralLinks("test-secret-0123456789");
    private final ReferralLink link = new ReferralLink(42, 2, ReferralLink.RESPOND, NOW.plus(ReferralLinks.VALIDITY));

    @Test
    void aSignedTokenVerifiesToTheSameLinkUntilItExpires() {
        String token = links.sign(link);

        assertThat(links.verify(token, NOW)).isEqualTo(link);
        assertThat(links.verify(token, NOW.plus(Duration.ofDays(14)).minusSeconds(1)))
                .isEqualTo(link);
        assertThat(link.actions()).containsExactly(ReferralLink.ACCEPT, ReferralLink.DECLINE);
    }

    @Test
    void anExpiredTokenIsRefusedAsGone() {
        String token = links.sign(link);

        assertRejected(token, NOW.plus(Duration.ofDays(14)), Rejection.EXPIRED, 410);
    }

    @Test
    void aTokenWithAChangedReferralAttemptPurposeOrExpiryIsRefusedAsTampered() {
        String token = links.sign(link);

        assertRejected(token.replaceFirst("^42\\.", "43."), NOW, Rejection.TAMPERED, 403);
        assertRejected(token.replaceFirst("^42\\.2\\.", "42.3."), NOW, Rejection.TAMPERED, 403);
        assertRejected(token.replace(".respond.", ".outcome."), NOW, Rejection.TAMPERED, 403);
        String later = String.valueOf(NOW.plus(Duration.ofDays(90)).getEpochSecond());
        assertRejected(
                token.replace(String.valueOf(link.expiresAt().getEpochSecond()), later), NOW, Rejection.TAMPERED, 403);
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefusedAsTampered() {
        String forged = new ReferralLinks("another-secret-0123456789").sign(link);

        assertRejected(forged, NOW, Rejection.TAMPERED, 403);
    }

    @Test
    void garbageIsRefusedAsMalformed() {
        assertRejected("not-a-token", NOW, Rejection.MALFORMED, 400);
        assertRejected(links.sign(link) + "x", NOW, Rejection.MALFORMED, 400);
        assertRejected(null, NOW, Rejection.MALFORMED, 400);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new ReferralLinks("short")).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(String token, Instant now, Rejection rejection, int httpStatus) {
        assertThatThrownBy(() -> links.verify(token, now))
                .isInstanceOfSatisfying(RejectedLinkException.class, rejected -> {
                    assertThat(rejected.rejection).isEqualTo(rejection);
                    assertThat(rejected.rejection.httpStatus).isEqualTo(httpStatus);
                });
    }
}
