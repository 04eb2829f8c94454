package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.SyncMode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes optional properties of the domain objects: each helper writes {@code name} and the value only when the
 * value is non-null, because absent and JSON {@code null} typed properties are the same and are omitted.
 */
final class Writes {
  private Writes() {}

  /** Writes a nested object (or list) with {@code item}. */
  static <T> void value(JsonWriter writer, String name, @Nullable T value, Reads.Writer<T> item) throws IOException {
    if (value != null) {
      writer.name(name);
      item.write(writer, value);
    }
  }

  /** Writes a blob verbatim; unlike typed properties, {@link RawJson#nullValue()} is written as {@code null}. */
  static void raw(JsonWriter writer, String name, @Nullable RawJson value) throws IOException {
    if (value != null) {
      writer.name(name);
      value.writeTo(writer);
    }
  }

  /** Writes unknown properties verbatim, in order. */
  static void additional(JsonWriter writer, Map<String, RawJson> additional) throws IOException {
    if (additional.isEmpty()) {
      return; // most objects have none: skip the iterator
    }
    for (Map.Entry<String, RawJson> e : additional.entrySet()) {
      writer.name(e.getKey());
      e.getValue().writeTo(writer);
    }
  }

  static void string(JsonWriter writer, String name, @Nullable String value) throws IOException {
    if (value != null) {
      writer.name(name).value(value);
    }
  }

  static void bool(JsonWriter writer, String name, @Nullable Boolean value) throws IOException {
    if (value != null) {
      writer.name(name).value(value.booleanValue());
    }
  }

  static void number(JsonWriter writer, String name, @Nullable Long value) throws IOException {
    if (value != null) {
      writer.name(name).value(value.longValue());
    }
  }

  static void strings(JsonWriter writer, String name, @Nullable List<String> value) throws IOException {
    value(writer, name, value, (w, list) -> Reads.writeList(w, list, JsonWriter::value));
  }

  static void paths(JsonWriter writer, String name, @Nullable List<List<String>> value) throws IOException {
    value(writer, name, value, Reads::writePaths);
  }

  static void syncModes(JsonWriter writer, String name, @Nullable List<SyncMode> value) throws IOException {
    value(writer, name, value, (w, list) -> Reads.writeList(w, list, (w2, mode) -> w2.value(mode.wireValue())));
  }
}
