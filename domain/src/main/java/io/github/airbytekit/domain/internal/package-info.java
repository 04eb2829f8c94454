/** Implementation details of the domain module: Moshi adapters and helpers. Not API; may change at any time. */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.domain.internal;
