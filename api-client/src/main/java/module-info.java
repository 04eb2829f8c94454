/**
 * Retrofit services and models of Airbyte's public API and Config API, generated from airbytekit's documents.
 *
 * <p>The model packages are open to Moshi, whose reflective adapters read and write their fields.
 * {@code io.github.airbytekit.client.internal} is not exported: no other module uses it.
 */
@SuppressWarnings("requires-transitive-automatic") // Moshi and Retrofit are automatic modules
module io.github.airbytekit.client {
  requires transitive io.github.airbytekit.domain;
  requires transitive com.squareup.moshi;
  requires transitive okhttp3;
  requires transitive retrofit2;
  requires static transitive org.jspecify;

  exports io.github.airbytekit.client;
  exports io.github.airbytekit.client.configapi;
  exports io.github.airbytekit.client.configapi.api;
  exports io.github.airbytekit.client.configapi.model;
  exports io.github.airbytekit.client.publicapi.api;
  exports io.github.airbytekit.client.publicapi.model;

  opens io.github.airbytekit.client.configapi to com.squareup.moshi;
  opens io.github.airbytekit.client.configapi.model to com.squareup.moshi;
  opens io.github.airbytekit.client.publicapi.model to com.squareup.moshi;
}
