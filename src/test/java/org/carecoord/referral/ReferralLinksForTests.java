package org.carecoord.referral;

import java.time.Instant;

/** Signs response-link tokens for tests outside this package (e.g. the API fuzz test). */
public final class ReferralLinksForTests {

    private ReferralLinksForTests() {}

    public static String sign(String secret, long referralId, int attempt, boolean respond, Instant expiresAt) {
        return new ReferralLinks(secret)
                .sign(new ReferralLink(
                        referralId, attempt, respond ? ReferralLink.RESPOND : ReferralLink.OUTCOME, expiresAt));
    }
}
