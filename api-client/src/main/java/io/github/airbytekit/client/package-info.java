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
 *
 * <p><b>Tolerant reader.</b> A response is parsed whatever it omits. The getter of a required,
 * non-nullable property throws {@link io.github.airbytekit.client.MissingPropertyException} (an
 * {@code AirbyteDataException}) when the server left the property out, naming the property, its JSON
 * path, the model and the operation and endpoint of the call, for example {@code Airbyte's answer to
 * getConnection (GET /connections/{connectionId}) has no 'workspaceId' at $.workspaceId (required by
 * ConnectionResponse)}. So only what the code reads can fail, and a server that lags behind our
 * documents still works for everything else. Every generated Retrofit method carries its
 * {@link io.github.airbytekit.client.ApiOperation}.
 *
 * <p><b>Open values.</b> Every generated enum is a final class extending
 * {@link io.github.airbytekit.domain.OpenValue}, the base shared by all airbytekit modules:
 * {@code public static final} constants named after the wire values ({@code JobStatusEnum.RUNNING};
 * a wire value {@code unknown} is {@code DECLARED_UNKNOWN}), {@code of(String)} (never null; a value
 * this client does not know keeps its text, {@code isKnown()} false) and {@code knownValues()}. Models
 * hold the open value itself, and it is written back exactly.
 *
 * <p><b>Accessor names.</b> Generated models and value types use {@code get*}/{@code is*} getters
 * (Kotlin properties) and fluent setters named after the property; open values and handles (such as
 * {@link io.github.airbytekit.client.PublicApiServices}) use bare names: {@code wireValue()},
 * {@code isKnown()}, {@code jobs()}; exceptions use bare names too ({@code property()}).
 */
@org.jspecify.annotations.NullMarked
package io.github.airbytekit.client;
