package io.github.airbytekit.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Writes JSON documents for stdout. Every value copied from the server or a file goes through
 * {@link #copyExact}, which keeps each number's text exactly as received (never a {@code double}).
 */
final class Json {
  /** Writes one JSON value to the given writer. */
  interface Body {
    void write(JsonWriter writer) throws IOException;
  }

  /** The deepest level that gets its own indented lines. */
  static final int MAX_INDENTED_DEPTH = 64;

  private Json() {}

  /** Renders one pretty-printed JSON document (two-space indent, nulls kept). */
  static String render(Body body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setIndent("  ");
      writer.setSerializeNulls(true);
      body.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /**
   * Re-indents one JSON text as {@link #render} would lay it out, keeping numbers, strings, key order and duplicate
   * keys as they are. Character by character, without a parser: any nesting depth (a parser's recursion or depth
   * limit would refuse what Airbyte stores). Values nested deeper than {@value #MAX_INDENTED_DEPTH} levels are
   * written compactly: indenting them would make the output grow with the square of the depth. The text is
   * trusted to be JSON (the library wrote it).
   */
  static String pretty(String json) {
    StringBuilder out = new StringBuilder(json.length() + json.length() / 4);
    int depth = 0;
    int n = json.length();
    for (int i = 0; i < n; i++) {
      char c = json.charAt(i);
      switch (c) {
        case '"':
          int end = i + 1;
          while (end < n && json.charAt(end) != '"') {
            end += json.charAt(end) == '\\' ? 2 : 1;
          }
          out.append(json, i, Math.min(end + 1, n));
          i = end;
          break;
        case '{':
        case '[':
          int next = nextNonSpace(json, i + 1);
          if (next < n && json.charAt(next) == (c == '{' ? '}' : ']')) {
            out.append(c).append(json.charAt(next));
            i = next;
          } else {
            out.append(c);
            if (++depth <= MAX_INDENTED_DEPTH) {
              newline(out, depth);
            }
          }
          break;
        case '}':
        case ']':
          if (depth-- <= MAX_INDENTED_DEPTH) {
            newline(out, depth);
          }
          out.append(c);
          break;
        case ',':
          out.append(',');
          if (depth <= MAX_INDENTED_DEPTH) {
            newline(out, depth);
          }
          break;
        case ':':
          out.append(": ");
          break;
        case ' ':
        case '\t':
        case '\n':
        case '\r':
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static int nextNonSpace(String json, int from) {
    int i = from;
    while (i < json.length() && " \t\n\r".indexOf(json.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static void newline(StringBuilder out, int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  /** Writes one JSON text as a value of {@code writer}, token by token, numbers verbatim. */
  static void raw(JsonWriter writer, String json) throws IOException {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      copyExact(reader, writer);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new IOException("trailing data after the JSON value");
      }
    }
  }

  /** The first item of the array under top-level {@code key} of a JSON object, exactly; null if none. */
  static @Nullable String firstArrayItem(String json, String key) {
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      reader.beginObject();
      while (reader.hasNext()) {
        if (reader.nextName().equals(key) && reader.peek() == JsonReader.Token.BEGIN_ARRAY) {
          reader.beginArray();
          if (!reader.hasNext()) {
            return null;
          }
          return render(writer -> copyExact(reader, writer));
        }
        reader.skipValue();
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the next value of {@code reader} to {@code writer}. */
  static void copyExact(JsonReader reader, JsonWriter writer) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        reader.beginObject();
        writer.beginObject();
        while (reader.hasNext()) {
          writer.name(reader.nextName());
          copyExact(reader, writer);
        }
        reader.endObject();
        writer.endObject();
        break;
      case BEGIN_ARRAY:
        reader.beginArray();
        writer.beginArray();
        while (reader.hasNext()) {
          copyExact(reader, writer);
        }
        reader.endArray();
        writer.endArray();
        break;
      case STRING:
        writer.value(reader.nextString());
        break;
      case NUMBER:
        writer.value(new Literal(reader.nextString()));
        break;
      case BOOLEAN:
        writer.value(reader.nextBoolean());
        break;
      case NULL:
        reader.nextNull();
        writer.nullValue();
        break;
      default:
        throw new IOException("unexpected " + reader.peek() + " at " + reader.getPath());
    }
  }

  /** A JSON number text; Moshi writes a {@link Number} using its {@code toString()}, so this stays exact. */
  static final class Literal extends Number {
    private static final long serialVersionUID = 1L;
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public int intValue() {
      return (int) doubleValue();
    }

    @Override
    public long longValue() {
      return (long) doubleValue();
    }

    @Override
    public float floatValue() {
      return (float) doubleValue();
    }

    @Override
    public double doubleValue() {
      return Double.parseDouble(text);
    }
  }
}
