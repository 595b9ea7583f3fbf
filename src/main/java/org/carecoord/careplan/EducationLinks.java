package org.carecoord.careplan;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.carecoord.referral.LinkSecret;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed links to the materials a patient was given ({@code /education/<record id>.<expiry>.<HMAC-SHA256>}): the
 * mail carries the link, never the titles (a title can reveal a condition). Same secret and base URL as the
 * referral links; valid 180 days, readable as often as the patient likes.
 */
@Component
class EducationLinks {

    static final String PATH = "/education/";
    static final Duration VALIDITY = Duration.ofDays(180);
    private static final Pattern TOKEN = Pattern.compile("^(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$");

    private final byte[] secret;
    private final String baseUrl;

    EducationLinks(
            LinkSecret secret, @Value("${carecoord.referral.link-base-url:http://localhost:8080}") String baseUrl) {
        this.secret = secret.value().getBytes(StandardCharsets.UTF_8);
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    String link(long educationRecordId, Instant now) {
        String payload = educationRecordId + "." + now.plus(VALIDITY).getEpochSecond();
        return baseUrl + PATH + payload + "." + signature(payload);
    }

    /** The education record the token names, if it is genuine and not expired. */
    Optional<Long> verify(String token, Instant now) {
        var matcher = token == null ? null : TOKEN.matcher(token);
        if (matcher == null || !matcher.matches()) {
            return Optional.empty();
        }
        String payload = token.substring(0, token.lastIndexOf('.'));
        boolean genuine = MessageDigest.isEqual(
                signature(payload).getBytes(StandardCharsets.US_ASCII),
                matcher.group(3).getBytes(StandardCharsets.US_ASCII));
        boolean current = now.isBefore(Instant.ofEpochSecond(Long.parseLong(matcher.group(2))));
        return genuine && current ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(("education:" + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
