package io.github.airbytekit.client;

import com.squareup.moshi.Moshi;
import io.github.airbytekit.client.internal.JavaTypeAdapters;
import io.github.airbytekit.client.internal.ObjectAsRawJsonFactory;
import io.github.airbytekit.client.internal.OpenValueAdapterFactory;
import io.github.airbytekit.client.internal.ParsedModelFactory;
import io.github.airbytekit.domain.AirbyteJson;
import java.util.Objects;

/**
 * The Moshi instance that reads and writes every generated model of both APIs.
 *
 * <pre>{@code
 * JsonAdapter<JobResponse> adapter = ApiMoshi.moshi().adapter(JobResponse.class);
 * String json = adapter.toJson(new JobResponse().jobId(42L).status(JobStatusEnum.RUNNING));
 * }</pre>
 *
 * <p>It knows {@code UUID}, {@code OffsetDateTime}, {@code LocalDate}, {@code URI},
 * {@code BigDecimal}, the generated open values, and every domain type (state, catalog, stream
 * configurations, {@link io.github.airbytekit.domain.RawJson}). Free-form JSON never becomes Moshi's
 * lossy {@code Map}/{@code Double} tree: a value read as {@code Object} arrives as a {@code RawJson}.
 *
 * <p>Tolerant reader: reading a generated model never fails because a property is absent or
 * {@code null}. The getter of a required, non-{@code nullable} property throws a
 * {@link MissingPropertyException} instead, naming the property, its JSON path (e.g.
 * {@code $.data[3].status}), the model and, for a response body, the operation and endpoint. Unknown
 * properties of generated models are ignored; unknown enum values are kept as open values.
 */
public final class ApiMoshi {

  private static final Moshi MOSHI = install(new Moshi.Builder()).build();

  private ApiMoshi() {
  }

  /**
   * The shared, immutable instance. Thread-safe.
   *
   * @return the shared Moshi
   */
  public static Moshi moshi() {
    return MOSHI;
  }

  /**
   * Adds airbytekit's adapters to a builder, for callers who assemble their own Moshi.
   *
   * @param builder a Moshi builder; adapters added earlier take precedence over ours
   * @return the same builder
   */
  public static Moshi.Builder install(Moshi.Builder builder) {
    Objects.requireNonNull(builder, "builder == null");
    return builder
        .add(AirbyteJson.adapterFactory())
        .add(JavaTypeAdapters.FACTORY)
        .add(OpenValueAdapterFactory.INSTANCE)
        .add(ObjectAsRawJsonFactory.INSTANCE)
        .add(ParsedModelFactory.INSTANCE);
  }
}
