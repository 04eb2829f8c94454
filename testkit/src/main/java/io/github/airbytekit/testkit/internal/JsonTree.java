package io.github.airbytekit.testkit.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.RawJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A lossless, editable JSON tree: objects are {@code LinkedHashMap<String, Object>}, arrays
 * {@code ArrayList<Object>}, everything else a {@link RawJson} kept verbatim. Used to edit
 * catalogs and states without depending on how domain builders copy values.
 */
public final class JsonTree {
  private JsonTree() {}

  public static Object parse(String json) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> map = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          map.put(name, read(reader));
        }
        reader.endObject();
        return map;
      case BEGIN_ARRAY:
        List<Object> list = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          list.add(read(reader));
        }
        reader.endArray();
        return list;
      default:
        return RawJson.read(reader);
    }
  }

  public static String write(Object tree) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      write(writer, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonWriter writer, Object value) throws IOException {
    if (value instanceof Map) {
      writer.beginObject();
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
        writer.name(entry.getKey());
        write(writer, entry.getValue());
      }
      writer.endObject();
    } else if (value instanceof List) {
      writer.beginArray();
      for (Object item : (List<Object>) value) {
        write(writer, item);
      }
      writer.endArray();
    } else {
      ((RawJson) value).writeTo(writer);
    }
  }

  @SuppressWarnings("unchecked")
  public static @Nullable Map<String, Object> object(@Nullable Object value) {
    return value instanceof Map ? (Map<String, Object>) value : null;
  }

  @SuppressWarnings("unchecked")
  public static List<Object> array(@Nullable Object value) {
    return value instanceof List ? (List<Object>) value : new ArrayList<>();
  }

  /** The string value of a JSON string leaf, or null for anything else. */
  public static @Nullable String string(@Nullable Object value) {
    if (value instanceof RawJson && ((RawJson) value).isString()) {
      try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(((RawJson) value).toJson()))) {
        return reader.nextString();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return null;
  }

  public static RawJson string(String value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.value(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return RawJson.of(buffer.readUtf8());
  }

  public static RawJson bool(boolean value) {
    return RawJson.of(Boolean.toString(value));
  }

  /** A JSON array of strings as a tree value. */
  public static List<Object> strings(List<String> values) {
    List<Object> list = new ArrayList<>();
    for (String value : values) {
      list.add(string(value));
    }
    return list;
  }

  /** The strings of a JSON array of strings (non-strings skipped). */
  public static List<String> stringList(@Nullable Object value) {
    List<String> result = new ArrayList<>();
    for (Object item : array(value)) {
      String s = string(item);
      if (s != null) {
        result.add(s);
      }
    }
    return result;
  }
}
