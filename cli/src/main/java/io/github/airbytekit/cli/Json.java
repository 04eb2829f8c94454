package io.github.airbytekit.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;

/**
 * JSON pieces for stdout: a document built with a {@link JsonWriter} ({@link Body}), and {@link #copyExact}, which
 * copies a value keeping each number's text exactly as received (never a {@code double}). Laying out JSON text is
 * {@link JsonLayoutSink}'s job.
 */
final class Json {
  /** Writes one JSON value to the given writer. */
  interface Body {
    void write(JsonWriter writer) throws IOException;
  }

  private Json() {}

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
