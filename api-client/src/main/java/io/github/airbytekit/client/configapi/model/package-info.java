/**
 * Request and response models of the Config API subset, generated at build time.
 *
 * <p>Optional properties are {@code @Nullable}. Reading never fails for a missing property: the
 * getter of a required, non-nullable property throws
 * {@link io.github.airbytekit.client.MissingPropertyException} when the server omitted it. Enum
 * properties are open values ({@link io.github.airbytekit.domain.OpenValue}): a value this client
 * does not know keeps its text.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.configapi.model;
