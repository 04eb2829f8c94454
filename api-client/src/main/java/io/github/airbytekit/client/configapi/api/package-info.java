/**
 * Retrofit services for the Config API subset, generated at build time from the openapi module's document.
 * Obtain them from {@link io.github.airbytekit.client.ConfigApiServices}.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client.configapi.api;
