package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.RawJson;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replaces Moshi's {@code Object} reader: values read as {@code Object} arrive as {@link RawJson},
 * exact to the last digit, instead of a tree of {@code Map}s and {@code Double}s.
 *
 * <p>Writing still accepts any value: {@code RawJson} is copied verbatim, anything else goes to
 * Moshi's own writer.
 */
public final class ObjectAsRawJsonFactory implements JsonAdapter.Factory {

  /** The single instance. */
  public static final ObjectAsRawJsonFactory INSTANCE = new ObjectAsRawJsonFactory();

  private ObjectAsRawJsonFactory() {
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (type != Object.class || !annotations.isEmpty()) {
      return null;
    }
    JsonAdapter<RawJson> raw = moshi.adapter(RawJson.class);
    JsonAdapter<Object> fallbackWriter = moshi.nextAdapter(this, Object.class, annotations);
    return new JsonAdapter<Object>() {
      @Override
      public @Nullable Object fromJson(JsonReader reader) throws IOException {
        return raw.fromJson(reader);
      }

      @Override
      public void toJson(JsonWriter writer, @Nullable Object value) throws IOException {
        if (value instanceof RawJson) {
          raw.toJson(writer, (RawJson) value);
        } else {
          fallbackWriter.toJson(writer, value);
        }
      }

      @Override
      public String toString() {
        return "JsonAdapter(Object as RawJson)";
      }
    };
  }
}
