/**
 * Request and response models of the Config API subset, generated at build time. Optional properties are
 * {@code @Nullable}; enum properties keep their raw wire string (see
 * {@link io.github.airbytekit.client.OpenEnum}).
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.configapi.model;
