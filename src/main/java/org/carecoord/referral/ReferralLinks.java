package org.carecoord.referral;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks response-link tokens: {@code <referralId>.<attempt>.<purpose>.<expiry epoch s>.<HMAC-SHA256>}.
 * The secret must be the same on every start, or links in sent mail stop working.
 */
class ReferralLinks {

    static final Duration VALIDITY = Duration.ofDays(14);
    private static final Pattern TOKEN =
            Pattern.compile("^(\\d{1,18})\\.(\\d{1,9})\\.(respond|outcome)\\.(\\d{1,12})\\.([A-Za-z0-9_-]{43})$");

    /** Why a link is refused; {@link #httpStatus} is what the page answers. */
    enum Rejection {
        MALFORMED(400, "This link is not a valid referral link."),
        TAMPERED(403, "This link has been altered and cannot be used."),
        EXPIRED(410, "This link has expired. Please contact the care coordination team."),
        USED(410, "This link has already been used. Thank you, your answer was recorded."),
        STALE(410, "This referral is no longer waiting for this answer. Please contact the care coordination team.");

        final int httpStatus;
        final String message;

        Rejection(int httpStatus, String message) {
            this.httpStatus = httpStatus;
            this.message = message;
        }
    }

    static final class RejectedLinkException extends RuntimeException {
        final Rejection rejection;

        RejectedLinkException(Rejection rejection) {
            super(rejection.name());
            this.rejection = rejection;
        }
    }

    private final byte[] secret;

    ReferralLinks(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("carecoord.referral.link-secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    String sign(ReferralLink link) {
        String payload = link.referralId() + "." + link.attempt() + "." + link.purpose() + "."
                + link.expiresAt().getEpochSecond();
        return payload + "." + signature(payload);
    }

    /** @throws RejectedLinkException if malformed, tampered with or expired at {@code now} */
    ReferralLink verify(String token, Instant now) {
        var matcher = token == null ? null : TOKEN.matcher(token);
        if (matcher == null || !matcher.matches()) {
            throw new RejectedLinkException(Rejection.MALFORMED);
        }
        String payload = token.substring(0, token.lastIndexOf('.'));
        if (!MessageDigest.isEqual(
                signature(payload).getBytes(StandardCharsets.US_ASCII),
                matcher.group(5).getBytes(StandardCharsets.US_ASCII))) {
            throw new RejectedLinkException(Rejection.TAMPERED);
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(matcher.group(4)));
        if (!now.isBefore(expiresAt)) {
            throw new RejectedLinkException(Rejection.EXPIRED);
        }
        return new ReferralLink(
                Long.parseLong(matcher.group(1)), Integer.parseInt(matcher.group(2)), matcher.group(3), expiresAt);
    }

    private String signature(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
