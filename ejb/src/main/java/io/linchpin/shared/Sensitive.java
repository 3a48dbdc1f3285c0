package io.linchpin.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a persistent field that holds sensitive personal information (PIPL). Such a field is only
 * shown to HR roles, must be encrypted at rest and every read of it is audited; the vault context
 * enforces this for every field carrying the annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Sensitive {

  /** Why the field is sensitive, for the data inventory. */
  String value() default "";
}
