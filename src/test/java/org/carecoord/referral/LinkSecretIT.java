package org.carecoord.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.carecoord.referral.ReferralLinks.RejectedLinkException;
import org.carecoord.referral.ReferralLinks.Rejection;
import org.carecoord.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Without a configured secret, each installation signs with its own random secret, kept in its database. (The ITs'
 * application is configured with one, as production must be; this builds the secret as two starts would.)
 */
class LinkSecretIT extends PostgresIntegrationTest {

    /** What the embedded default used to sign with, written in application.yaml for everyone to read. */
    private static final String OLD_DEFAULT = "carecoord-dev-only-referral-link-secret";

    @Test
    void withoutAConfiguredSecretTwoStartsOnTheSameDatabaseSignAlike() {
        jdbc.update("delete from link_secret");
        var firstStart = new LinkSecret("", false, jdbc).value();
        var secondStart = new LinkSecret("", false, jdbc).value();

        assertThat(secondStart)
                .isEqualTo(firstStart)
                .hasSizeGreaterThanOrEqualTo(43)
                .isNotEqualTo(OLD_DEFAULT);
        var link = new ReferralLink(
                42,
                1,
                ReferralLink.RESPOND,
                Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        String token = new ReferralLinks(firstStart).sign(link);
        assertThat(new ReferralLinks(secondStart).verify(token, Instant.now())).isEqualTo(link);
    }

    @Test
    void aLinkSignedWithTheOldHardCodedDefaultIsRefused() {
        var generated = new LinkSecret("", false, jdbc).value();
        String forged = new ReferralLinks(OLD_DEFAULT)
                .sign(new ReferralLink(
                        42, 1, ReferralLink.RESPOND, Instant.now().plusSeconds(3600)));

        assertThatThrownBy(() -> new ReferralLinks(generated).verify(forged, Instant.now()))
                .isInstanceOfSatisfying(
                        RejectedLinkException.class,
                        e -> assertThat(e.rejection).isEqualTo(Rejection.TAMPERED));
    }

    @Test
    void productionRefusesToStartWithoutASecretOfSixteenCharacters() {
        assertThatThrownBy(() -> new LinkSecret("", true, jdbc)).hasMessageContaining("CARECOORD_REFERRAL_LINK_SECRET");
        assertThatThrownBy(() -> new LinkSecret("too-short", true, jdbc)).hasMessageContaining("16 characters");
        assertThat(new LinkSecret("a-configured-secret-1234", true, jdbc).value())
                .isEqualTo("a-configured-secret-1234");
    }
}
