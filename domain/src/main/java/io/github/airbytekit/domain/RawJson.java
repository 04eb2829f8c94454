package io.github.airbytekit.domain;

import org.jspecify.annotations.Nullable;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.internal.JsonSyntax;
import io.github.airbytekit.domain.internal.Reads;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import okio.BufferedSink;

/**
 * The exact text of one JSON value: every digit of every number, key order, escapes and unicode are kept.
 *
 * <p>Used for everything airbytekit does not interpret: state blobs, JSON schemas, mappers, connector
 * configuration, unknown properties. Two values are equal when their texts are byte-for-byte equal, so
 * {@code {"a":1}} and {@code {"a": 1}} differ.
 *
 * <pre>{@code
 * RawJson cursor = RawJson.of("{\"cursor\": 12345678901234567890123}");
 * String text = cursor.toJson(); // exactly the input
 * }</pre>
 *
 * <p>{@link #toString()} does not show the text, because the value may hold connector secrets.
 */
public final class RawJson {
  private static final RawJson NULL = new RawJson("null".getBytes(StandardCharsets.UTF_8));

  private final byte[] utf8;
  private int hash;

  // Reached by the internal reader through a private lookup (same module only), for bytes it has validated.
  private RawJson(byte[] utf8) {
    this.utf8 = utf8;
  }

  /**
   * Returns the JSON value in {@code json}, which must be exactly one valid JSON value (surrounding whitespace
   * is removed, nothing else changes).
   *
   * @param json the text of one JSON value, for example {@code {"cursor":"2024-01-01"}} or {@code 42}
   * @return the value; {@link #nullValue()} for the literal {@code null}
   * @throws AirbyteDataException if {@code json} is not one valid JSON value
   */
  public static RawJson of(String json) {
    Objects.requireNonNull(json, "json == null");
    String trimmed = json.strip();
    byte[] bytes = trimmed.getBytes(StandardCharsets.UTF_8);
    String problem = JsonSyntax.check(bytes);
    if (problem != null) {
      throw new AirbyteDataException("$ is not valid JSON: " + problem, "$");
    }
    return bytes.length == 4 && "null".equals(trimmed) ? NULL : new RawJson(bytes);
  }

  /** {@return the JSON literal {@code null} (a shared instance; {@link #isNull()} is true)} */
  public static RawJson nullValue() {
    return NULL;
  }

  /**
   * Reads the next value of {@code reader} verbatim (no number is parsed, no key reordered).
   *
   * @param reader a Moshi reader positioned before a value, which it consumes
   * @return the value; {@link #nullValue()} for the literal {@code null}
   * @throws AirbyteDataException naming the reader's path if the value is not valid JSON or cannot be read
   */
  public static RawJson read(JsonReader reader) {
    Objects.requireNonNull(reader, "reader == null");
    String path = reader.getPath();
    byte[] bytes;
    try {
      bytes = Reads.valueBytes(reader, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String problem = JsonSyntax.check(bytes);
    if (problem != null) {
      throw new AirbyteDataException(path + " is not valid JSON: " + problem + " of the value", path);
    }
    if (bytes.length == 4 && bytes[0] == 'n') {
      return NULL;
    }
    return new RawJson(bytes);
  }

  /**
   * Writes this value verbatim as the next value of {@code writer}.
   *
   * @param writer a Moshi writer expecting a value (after a name, in an array, or at the top level)
   * @throws java.io.UncheckedIOException if the writer's sink fails
   */
  public void writeTo(JsonWriter writer) {
    Objects.requireNonNull(writer, "writer == null");
    try (BufferedSink sink = writer.valueSink()) {
      sink.write(utf8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return the exact JSON text of this value, as read or given to {@link #of(String)}} */
  public String toJson() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** {@return the size of the JSON text in UTF-8 bytes} */
  public int utf8Size() {
    return utf8.length;
  }

  /** {@return true if this is the JSON literal {@code null}} */
  public boolean isNull() {
    return this == NULL || (utf8.length == 4 && utf8[0] == 'n');
  }

  /** {@return true if this is a JSON object} */
  public boolean isObject() {
    return utf8[0] == '{';
  }

  /** {@return true if this is a JSON array} */
  public boolean isArray() {
    return utf8[0] == '[';
  }

  /** {@return true if this is a JSON string} */
  public boolean isString() {
    return utf8[0] == '"';
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RawJson && Arrays.equals(utf8, ((RawJson) other).utf8);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(utf8);
      hash = h;
    }
    return h;
  }

  /** Describes the value's kind and size only; the text may contain secrets. Use {@link #toJson()} for it. */
  @Override
  public String toString() {
    String kind;
    switch (utf8[0]) {
      case '{':
        kind = "object";
        break;
      case '[':
        kind = "array";
        break;
      case '"':
        kind = "string";
        break;
      case 'n':
        return "RawJson{null}";
      case 't':
      case 'f':
        kind = "boolean";
        break;
      default:
        kind = "number";
    }
    return "RawJson{" + kind + ", " + utf8.length + " bytes}";
  }
}
