package org.borderledger.actor.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may send a command. The command bus refuses a command type without this
 * annotation, so a new command cannot ship without a rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
    Role[] value();
}
