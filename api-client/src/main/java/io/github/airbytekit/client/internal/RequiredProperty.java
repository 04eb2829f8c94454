package io.github.airbytekit.client.internal;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a generated model field whose schema lists it as required and not {@code nullable}.
 *
 * <p>{@link RequiredPropertiesFactory} refuses a parsed model whose marked field is still null, so
 * the non-null getter over it never returns null. Not a Moshi qualifier: Moshi ignores it when
 * choosing the field's adapter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface RequiredProperty {
}
