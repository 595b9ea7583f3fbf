package org.carecoord.referral;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referral stage's settings ({@code carecoord.referral.*}); the model reads {@code ${referralSettings.checkInAfter}}.
 * Without {@code link-secret} a fixed development secret is used (and a warning logged): never in production, where
 * links must survive restarts and must not be forgeable.
 */
@Component("referralSettings")
public class ReferralSettings {

    static final String DEV_LINK_SECRET = "carecoord-dev-only-referral-link-secret";
    private static final Logger log = LoggerFactory.getLogger(ReferralSettings.class);

    private final String linkSecret;
    private final String linkBaseUrl;
    private final String checkInAfter;
    private final String contactPhone;

    ReferralSettings(@Value("${carecoord.referral.link-secret:}") String linkSecret,
                     @Value("${carecoord.referral.link-base-url:http://localhost:8080}") String linkBaseUrl,
                     @Value("${carecoord.referral.check-in-after:P30D}") String checkInAfter,
                     @Value("${carecoord.referral.contact-phone:+1 555 0100}") String contactPhone) {
        if (linkSecret.isBlank()) {
            log.warn("carecoord.referral.link-secret is not set: using the fixed development secret");
        }
        this.linkSecret = linkSecret.isBlank() ? DEV_LINK_SECRET : linkSecret;
        this.linkBaseUrl = linkBaseUrl.replaceAll("/+$", "");
        this.checkInAfter = checkInAfter;
        this.contactPhone = contactPhone;
    }

    /** ISO-8601 duration after acceptance when the coordinator checks in, default P30D. */
    public String getCheckInAfter() {
        return checkInAfter;
    }

    String linkSecret() {
        return linkSecret;
    }

    String responseLink(String token) {
        return linkBaseUrl + ReferralResponseController.PATH + token;
    }

    /** The team's phone number that mail to patients and providers gives. */
    public String contactPhone() {
        return contactPhone;
    }
}
