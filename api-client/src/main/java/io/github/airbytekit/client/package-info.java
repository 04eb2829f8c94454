/**
 * Typed access to Airbyte's public API and the Config API endpoints airbytekit needs, generated
 * from the documents in the {@code airbytekit-openapi} module, plus the hand-written wiring.
 *
 * <pre>{@code
 * OkHttpClient http = new OkHttpClient.Builder()
 *     .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
 *         .header("Authorization", "Bearer " + token).build()))
 *     .build();
 * PublicApiServices api = PublicApiServices.create("https://api.airbyte.com/v1", http);
 * ConfigApiServices config = ConfigApiServices.create("https://cloud.airbyte.com/api/v1", http);
 * JobsResponse page = api.jobs().listJobs(connectionId, 20, 0, null, null, null,
 *     null, null, null, null, "createdAt|DESC").execute().body();
 * }</pre>
 *
 * <p>All JSON goes through {@link io.github.airbytekit.client.ApiMoshi#moshi()}.
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client;
