package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * A JSON request body serialized straight into the connection's sink each time it is sent, never held as bytes:
 * how a large state or catalog goes out without a second copy of it in memory. Its length is unknown (chunked
 * transfer); a retry serializes the value again. A body cut short is never a complete JSON document, so the
 * server cannot apply part of it.
 */
final class StreamedJsonBody<T> extends RequestBody {
  private final JsonAdapter<T> adapter;
  private final T value;
  private final MediaType contentType;

  StreamedJsonBody(JsonAdapter<T> adapter, T value, MediaType contentType) {
    this.adapter = adapter;
    this.value = value;
    this.contentType = contentType;
  }

  /** The value of the body's property of type {@code type} (the state of a state write), or null if it has none. */
  <R> @Nullable R member(Class<R> type) {
    for (Field field : value.getClass().getDeclaredFields()) {
      if (field.getType() == type && !Modifier.isStatic(field.getModifiers())) {
        try {
          field.setAccessible(true); // a generated model of this module
          return type.cast(field.get(value));
        } catch (IllegalAccessException | RuntimeException e) {
          return null; // not readable: the answer is read as any answer
        }
      }
    }
    return null;
  }

  @Override
  public MediaType contentType() {
    return contentType;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    JsonWriter writer = JsonWriter.of(sink); // not closed: OkHttp closes the sink
    try {
      adapter.toJson(writer, value);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // the connection failed: OkHttp reports or retries it
    }
    writer.flush();
  }
}
