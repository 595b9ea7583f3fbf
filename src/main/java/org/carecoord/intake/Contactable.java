package org.carecoord.intake;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A patient must be reachable: phone, e-mail or address. Reported on the {@code phone} field. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Contactable.Validator.class)
@interface Contactable {

    String message() default "at least one way to contact the patient is needed: phone, email or address";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Contactable, PatientDetails> {
        @Override
        public boolean isValid(PatientDetails patient, ConstraintValidatorContext context) {
            if (patient == null || patient.hasContact()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("phone")
                    .addConstraintViolation();
            return false;
        }
    }
}
