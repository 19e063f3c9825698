package org.wenming.common.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call an admin endpoint, written beside it: any one of {@link #value()} is enough, and no roles
 * means any signed-in administrator. On a controller it covers every handler method; a method's own
 * annotation replaces the controller's. Checked by {@link RoleInterceptor}; scope within the org tree is
 * still each service's business, except for {@link #banner()} powers, which have no unit to scope by.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRole {

    Role[] value() default {};

    /**
     * A power over the whole banner (settings every unit shares, residents, operations): the caller must
     * also belong to the root unit of the org tree, whatever their roles.
     */
    boolean banner() default false;
}
