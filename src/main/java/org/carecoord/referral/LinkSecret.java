package org.carecoord.referral;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The secret that signs the links in mail ({@code carecoord.referral.link-secret}, at least 16 characters). Without
 * one (the embedded default), a random secret is generated at first start and kept in table {@code link_secret}, so
 * links survive restarts and cannot be forged against another installation. Production
 * ({@code link-secret-required}) must configure its own and does not start otherwise.
 */
@Component
public class LinkSecret {

    static final int MIN_LENGTH = 16;
    private static final int GENERATED_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(LinkSecret.class);

    private final String value;

    LinkSecret(
            @Value("${carecoord.referral.link-secret:}") String configured,
            @Value("${carecoord.referral.link-secret-required:false}") boolean required,
            JdbcTemplate jdbc) {
        if (configured.isBlank() && required) {
            throw new IllegalStateException("CARECOORD_REFERRAL_LINK_SECRET must be set (at least " + MIN_LENGTH
                    + " characters): it signs the links in mail");
        }
        if (!configured.isBlank() && configured.length() < MIN_LENGTH) {
            throw new IllegalStateException(
                    "carecoord.referral.link-secret must have at least " + MIN_LENGTH + " characters");
        }
        this.value = configured.isBlank() ? stored(jdbc) : configured;
    }

    /** The secret; never logged, never shown. */
    public String value() {
        return value;
    }

    private static String stored(JdbcTemplate jdbc) {
        var existing = jdbc.queryForList("select secret from link_secret where id = 1", String.class);
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        byte[] random = new byte[GENERATED_BYTES];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            jdbc.update("insert into link_secret (id, secret, created_at) values (1, ?, current_timestamp)", secret);
            log.info("Generated the secret that signs links in mail (kept in table link_secret)");
            return secret;
        } catch (DuplicateKeyException anotherNodeWasFirst) {
            return jdbc.queryForObject("select secret from link_secret where id = 1", String.class);
        }
    }
}
