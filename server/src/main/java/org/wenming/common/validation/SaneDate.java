package org.wenming.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date or date-time within the years the platform can mean ({@value SaneDateValidator#FIRST_YEAR} to
 * {@value SaneDateValidator#LAST_YEAR}). Jackson reads "-0005-01-01" as year −5, which MariaDB and H2 would
 * store as another year; checked before any write, so a batch never stores half of itself.
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SaneDateValidator.class)
public @interface SaneDate {

    String message() default "日期超出合理范围（" + SaneDateValidator.FIRST_YEAR + "—" + SaneDateValidator.LAST_YEAR + " 年）";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
