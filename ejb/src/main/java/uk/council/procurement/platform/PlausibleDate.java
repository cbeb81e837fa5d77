package uk.council.procurement.platform;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date a person could mean in this business: from 1 January 2000 to 31 December 2099 (null is
 * left to @NotNull). Every date a person or the API gives carries it, so that a year such as 9999
 * or +999999999 is refused with a message instead of stored or failing in the database.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Check.class)
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    LocalDate LATEST = LocalDate.of(2099, 12, 31);

    String message() default "must be a date between 01/01/2000 and 31/12/2099";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<PlausibleDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST));
        }

        /** The same rule for a date given to a boundary method rather than set on an entity: a 400 naming the field. */
        public static LocalDate require(String field, LocalDate value) {
            if (value == null) {
                throw new InvalidInput(field, "is required");
            }
            if (!new Check().isValid(value, null)) {
                throw new InvalidInput(field, "must be a date between 01/01/2000 and 31/12/2099");
            }
            return value;
        }
    }
}
