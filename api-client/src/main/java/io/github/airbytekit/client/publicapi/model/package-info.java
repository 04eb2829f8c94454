/**
 * Request and response models of Airbyte's public API, generated at build time.
 *
 * <p>Optional properties are {@code @Nullable}. Reading never fails for a missing property: the
 * getter of a required, non-nullable property throws
 * {@link io.github.airbytekit.client.MissingPropertyException} when the server omitted it. Enum
 * properties are open values ({@link io.github.airbytekit.domain.OpenValue}): a value this client
 * does not know keeps its text. Per-stream configurations are the domain's lossless
 * {@link io.github.airbytekit.domain.StreamConfiguration}, so what is read can be sent back whole.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.publicapi.model;
