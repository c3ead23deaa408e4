package uk.icr.kit.nhs;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * An NHS number: ten digits whose last is the Modulus 11 check digit of the first nine. Null is valid
 * (combine with {@code @NotNull} where the number is required), so optional numbers can use it too.
 */
@Documented
@Constraint(validatedBy = NhsNumberValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface NhsNumber {

    String message() default "must be a valid NHS number: 10 digits passing the Modulus 11 check";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
