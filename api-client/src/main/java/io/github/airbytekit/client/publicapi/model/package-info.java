/**
 * Request and response models of Airbyte's public API, generated at build time. Optional properties are
 * {@code @Nullable}; enum properties keep their raw wire string (see
 * {@link io.github.airbytekit.client.OpenEnum}).
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.publicapi.model;
