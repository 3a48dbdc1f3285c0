package io.linchpin.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds sensitive personal information (PIPL). Such a field is kept in clear
 * only in memory: its entity is {@link Sealable} and stores it sealed by the vault (per-person key,
 * bound to table, column and row). Only HR roles see it, and every read of it is audited.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sensitive {

  /** Why the field is sensitive, for the data inventory. */
  String value() default "";
}
