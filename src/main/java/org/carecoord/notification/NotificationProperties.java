package org.carecoord.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox delivers mail ({@code carecoord.mail.*}); the SMTP server itself is {@code spring.mail.*}.
 *
 * @param from           sender address of every mail
 * @param maxAttempts    attempts before a message is marked failed and the managers get a task; default 6
 * @param backoffBase    wait after the first failed attempt, doubling after each further one; default 1 minute
 * @param batchSize      messages claimed per poll; default 20
 * @param sendingTimeout a message claimed longer ago than this (its sender died) may be claimed again; default 10 min
 */
@ConfigurationProperties(prefix = "carecoord.mail")
record NotificationProperties(
        String from, Integer maxAttempts, Duration backoffBase, Integer batchSize, Duration sendingTimeout) {

    NotificationProperties {
        from = from != null && !from.isBlank() ? from : "CareCoord <no-reply@carecoord.local>";
        maxAttempts = maxAttempts != null ? maxAttempts : 6;
        backoffBase = backoffBase != null ? backoffBase : Duration.ofMinutes(1);
        batchSize = batchSize != null ? batchSize : 20;
        sendingTimeout = sendingTimeout != null ? sendingTimeout : Duration.ofMinutes(10);
        if (maxAttempts < 1 || batchSize < 1 || backoffBase.isNegative() || sendingTimeout.isNegative()) {
            throw new IllegalArgumentException("carecoord.mail: attempts and batch size must be positive");
        }
    }

    static NotificationProperties defaults() {
        return new NotificationProperties(null, null, null, null, null);
    }
}
