package io.github.airbytekit.domain.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of airbytekit: users see the abstract type, its {@code builder()} and its nested
 * {@code Builder}; the generated {@code Immutable*} classes stay package-private. {@code get*}/{@code is*}
 * accessors become Kotlin properties.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
// Source retention: the style matters only to the annotation processor, so class files of value types do not
// name it, and code compiled or documented against them needs neither this package nor Immutables' annotations.
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    get = {"get*", "is*"},
    jdkOnly = true,
    nullableAnnotation = "Nullable")
public @interface AirbyteStyle {}
