package org.carecoord.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Text a person typed: no control characters (NUL, escape, bell, …) and no lone UTF-16 surrogates, which
 * PostgreSQL refuses or stores as '?' and which can hide text from whoever reads it later. A multi-line note may
 * keep line breaks and tabs. Null passes: combine with @NotNull/@NotBlank where required.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlainText.Validator.class)
public @interface PlainText {

    /** Allows line feed, carriage return and tab (free-text notes). */
    boolean multiline() default false;

    String message() default "must be plain text without control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlainText, String> {
        private boolean multiline;

        @Override
        public void initialize(PlainText annotation) {
            multiline = annotation.multiline();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return isPlain(value, multiline);
        }

        /** The check itself, for input that is not a validated request body (form parameters, pages). */
        public static boolean isPlain(String value, boolean multiline) {
            if (value == null) {
                return true;
            }
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return false;
                } else if (Character.isISOControl(c) && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                    return false;
                } else if (c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') {
                    return false;
                }
            }
            return true;
        }
    }
}
