package io.github.airbytekit.testkit.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.client.ApiMoshi;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads request bodies and writes responses with the api-client's Moshi, so the fake speaks the
 * wire format of airbytekit's generated models and domain types.
 */
public final class Json {
  private static final Moshi MOSHI = ApiMoshi.moshi();
  private static final Map<Class<?>, JsonAdapter<?>> ADAPTERS = new ConcurrentHashMap<>();

  private Json() {}

  @SuppressWarnings("unchecked")
  private static <T> JsonAdapter<T> adapter(Class<T> type) {
    return (JsonAdapter<T>) ADAPTERS.computeIfAbsent(type, MOSHI::adapter);
  }

  /** Writes a model or domain value as compact JSON (absent properties left out). */
  public static <T> String write(Class<T> type, T value) {
    return adapter(type).toJson(value);
  }

  @SuppressWarnings("unchecked")
  public static String write(Object value) {
    return write((Class<Object>) value.getClass(), value);
  }

  /** The open value for a stored wire string, or null when there is none. */
  static <T extends OpenValue> @Nullable T open(@Nullable String wireValue, Function<String, T> of) {
    return wireValue == null ? null : of.apply(wireValue);
  }

  /**
   * Reads {@code json} (already filtered by a {@link BodyShape}) as {@code type}.
   *
   * @throws HttpProblem with {@code status} naming the JSON path when it does not fit the type
   */
  public static <T> T read(String json, Class<T> type, int status) {
    try {
      T value = adapter(type).fromJson(json);
      if (value == null) {
        throw new HttpProblem(status, "invalid-input", "The request body must be a JSON object, not null");
      }
      return value;
    } catch (JsonDataException | JsonEncodingException | AirbyteDataException e) {
      throw new HttpProblem(status, "invalid-input", "Invalid request body: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      // Domain builders reject incomplete values (e.g. a state without stateType).
      throw new HttpProblem(status, "invalid-input", "Invalid request body: " + e.getMessage());
    } catch (IOException e) {
      throw new HttpProblem(status, "invalid-input", "Unreadable request body: " + e.getMessage());
    }
  }

  /** Reads trusted JSON (seeds), failing with IllegalArgumentException. */
  public static <T> T parse(String json, Class<T> type) {
    try {
      T value = adapter(type).fromJson(json);
      if (value == null) {
        throw new IllegalArgumentException("expected a JSON object, got null");
      }
      return value;
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("not a valid " + type.getSimpleName() + ": " + e.getMessage(), e);
    }
  }

  public static SyncCatalog emptyCatalog() {
    return parse("{\"streams\":[]}", SyncCatalog.class);
  }

  public static @Nullable String connectionIdOf(ConnectionState state) {
    return state.getConnectionId();
  }
}
