package org.carecoord.referral;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The referral stage's settings ({@code carecoord.referral.*}); the model reads {@code ${referralSettings.checkInAfter}}.
 * The links' secret comes from {@link LinkSecret}.
 */
@Component("referralSettings")
public class ReferralSettings {

    private final String linkSecret;
    private final String linkBaseUrl;
    private final String checkInAfter;
    private final String contactPhone;

    @Autowired
    ReferralSettings(
            LinkSecret linkSecret,
            @Value("${carecoord.referral.link-base-url:http://localhost:8080}") String linkBaseUrl,
            @Value("${carecoord.referral.check-in-after:P30D}") String checkInAfter,
            @Value("${carecoord.referral.contact-phone:+1 555 0100}") String contactPhone) {
        this(linkSecret.value(), linkBaseUrl, checkInAfter, contactPhone);
    }

    ReferralSettings(String linkSecret, String linkBaseUrl, String checkInAfter, String contactPhone) {
        this.linkSecret = linkSecret;
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
