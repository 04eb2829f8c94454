package io.github.airbytekit.connections.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * House style for the value types of this module: users see the abstract type and its {@code builder()},
 * never the generated {@code Immutable*} class; accessors are {@code getX}/{@code isX} so Kotlin sees properties.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    nullableAnnotation = "org.jspecify.annotations.Nullable",
    defaults = @Value.Immutable(copy = false))
public @interface AirbyteStyle {}
