/**
 * Retrofit services for Airbyte's public API, generated at build time from the openapi module's document.
 * Obtain them from {@link io.github.airbytekit.client.PublicApiServices}.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.publicapi.api;
