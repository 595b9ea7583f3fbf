package org.carecoord.intake;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;

/** A walk-in referral from the Tasklist start form failed validation; names the fields, never their values. */
public class InvalidReferralException extends RuntimeException {

    InvalidReferralException(Set<? extends ConstraintViolation<?>> violations) {
        super("The referral cannot be registered: "
                + violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage())
                        .sorted()
                        .collect(Collectors.joining("; ")));
    }
}
