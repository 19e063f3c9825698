package org.wenming.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/** Checks {@link SaneDate} on any java.time value with a year (LocalDate, LocalDateTime, OffsetDateTime…). */
public class SaneDateValidator implements ConstraintValidator<SaneDate, TemporalAccessor> {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    @Override
    public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        int year = value.get(ChronoField.YEAR);
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
