package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.internal.PreRead;
import java.io.EOFException;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.Objects;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Retrofit converter for the generated services: JSON bodies through the given Moshi, query and
 * path values as their wire strings (an open value, known or not, as its exact text).
 *
 * <p>Response bodies are read with the operation named by the method's {@link
 * io.github.airbytekit.client.ApiOperation} as a tag of the reader, so that the models read from them can
 * name it when a required property is missing.
 *
 * <p>Domain values (a state body, the {@code syncCatalog} of a connection) are read by the domain's byte reader
 * before Moshi sees the body ({@link PreRead}): Moshi then reads a small remainder, and the big values are
 * scanned once, at the speed of a bare copy.
 *
 * <p>Request bodies that carry domain values (a state, a catalog) are serialized into the connection as they
 * are sent ({@link StreamedJsonBody}), so they are never in memory as bytes; other bodies are buffered and sent
 * with their length.
 *
 * <p>Refuses bodies typed {@code Object}: free-form JSON is always declared as
 * {@code RawJson} so it is copied verbatim, never parsed into doubles.
 */
public final class ApiConverterFactory extends Converter.Factory {

  private static final MediaType JSON = Objects.requireNonNull(MediaType.parse("application/json; charset=UTF-8"));

  private final Moshi moshi;

  private ApiConverterFactory(Moshi moshi) {
    this.moshi = moshi;
  }

  /**
   * Creates a factory.
   *
   * @param moshi the Moshi to read and write bodies with
   * @return a new factory
   */
  public static ApiConverterFactory create(Moshi moshi) {
    return new ApiConverterFactory(Objects.requireNonNull(moshi, "moshi == null"));
  }

  @Override
  public @Nullable Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
      Retrofit retrofit) {
    JsonAdapter<?> adapter = adapter(type);
    ResponseOrigin origin = ResponseOrigin.of(annotations);
    PreRead.Plan plan = BodyPlans.of(type, moshi);
    return body -> {
      try (ResponseBody closing = body) {
        BufferedSource source = closing.source();
        PreRead preRead = null;
        if (plan != null) {
          byte[] document = bytesOf(closing.contentLength(), source);
          preRead = plan.read(document);
          source = new Buffer().write(preRead != null ? preRead.remainder() : document);
        }
        JsonReader reader = JsonReader.of(source);
        if (preRead != null) {
          reader.setTag(PreRead.class, preRead); // read by the domain adapters
        }
        if (origin != null) {
          reader.setTag(ResponseOrigin.class, origin); // read by ParsedModelFactory for each model
        }
        Object value = adapter.fromJson(reader);
        if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
          throw new JsonDataException("JSON document was not fully consumed.");
        }
        return value;
      }
    };
  }

  /**
   * The whole body; of a known length, read straight into an array of that size (a large state answer is in
   * memory once, not in the source's buffer and then again in the array).
   */
  private static byte[] bytesOf(long length, BufferedSource source) throws IOException {
    if (length < 0 || length > Integer.MAX_VALUE - 8) {
      return source.readByteArray();
    }
    byte[] bytes = new byte[(int) length];
    for (int at = 0; at < bytes.length; ) {
      int read = source.read(bytes, at, bytes.length - at);
      if (read < 0) {
        throw new EOFException("End of input after " + at + " of " + length + " bytes");
      }
      at += read;
    }
    return bytes;
  }

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) adapter(type);
    if (BodyPlans.of(type, moshi) != null) { // a state or a catalog, perhaps hundreds of megabytes: streamed
      return value -> new StreamedJsonBody<>(adapter, value, JSON);
    }
    return value -> {
      Buffer buffer = new Buffer();
      try (JsonWriter writer = JsonWriter.of(buffer)) {
        adapter.toJson(writer, value);
      }
      // snapshot() shares the buffer's segments: a large body (a state import) is in memory once, not twice.
      return RequestBody.create(buffer.snapshot(), JSON);
    };
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type instanceof Class && OpenValue.class.isAssignableFrom((Class<?>) type)) {
      return value -> ((OpenValue) value).wireValue();
    }
    if (type == OffsetDateTime.class) {
      return value -> JavaTypeAdapters.format((OffsetDateTime) value);
    }
    return null;
  }

  private JsonAdapter<?> adapter(Type type) {
    if (type == Object.class) {
      throw new IllegalArgumentException("Body type Object is not allowed; declare free-form JSON as RawJson");
    }
    return moshi.adapter(type);
  }

  @Override
  public String toString() {
    return "ApiConverterFactory(" + moshi + ")";
  }
}
