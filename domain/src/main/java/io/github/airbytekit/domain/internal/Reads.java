package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.RawJson;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** Typed reads and writes of JSON values whose errors name the JSON path and the problem. */
public final class Reads {
  private Reads() {}

  /** Reads one list item or property value. */
  public interface Item<T> {
    T read(ByteIn reader) throws IOException;
  }

  /** Writes one list item or property value. */
  public interface Writer<T> {
    void write(JsonWriter writer, T value) throws IOException;
  }

  /**
   * The bytes of the next value of a Moshi reader, copied once with {@code nextSource()} (which tracks nesting
   * without a limit); not validated yet.
   *
   * @throws AirbyteDataException naming {@code path} if Moshi finds the value malformed
   */
  public static byte[] valueBytes(JsonReader reader, String path) throws IOException {
    try (BufferedSource source = reader.nextSource()) {
      return source.readByteArray();
    } catch (JsonDataException | JsonEncodingException e) {
      throw new AirbyteDataException(path + " is not valid JSON: " + e.getMessage(), path, e);
    }
  }

  /** Returns an exception whose message is {@code path + " " + problem}. */
  public static AirbyteDataException error(String path, String problem) {
    return new AirbyteDataException(path + " " + problem, path);
  }

  static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case END_DOCUMENT:
        return "the end of the document";
      default:
        return token.name();
    }
  }

  static AirbyteDataException wrongType(ByteIn reader, String expected) {
    return error(reader.getPath(), "must be " + expected + ", was " + describe(reader.peek()));
  }

  /** Reads a string, or null for JSON null. */
  public static @Nullable String string(ByteIn reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.STRING) {
      return reader.nextString();
    }
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    throw wrongType(reader, "a string");
  }

  /** Reads a boolean, or null for JSON null. */
  public static @Nullable Boolean bool(ByteIn reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.BOOLEAN) {
      return reader.nextBoolean();
    }
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    throw wrongType(reader, "a boolean");
  }

  /** Reads a plain integer literal that fits a long (no fraction, no exponent), or null for JSON null. */
  public static @Nullable Long int64(ByteIn reader) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER) {
      throw wrongType(reader, "an integer");
    }
    long mark = reader.mark();
    // nextString keeps the literal, so 1e3 or 5.0 are refused instead of silently re-formatted.
    String text = reader.nextString();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error(reader.pathAt(mark), "must be an integer between -2^63 and 2^63-1, was " + text);
    }
  }

  /** Reads a value with {@code item}, or null for JSON null. */
  public static <T> @Nullable T nullable(ByteIn reader, Item<T> item) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : item.read(reader);
  }

  /** Reads a list with {@code item}, or null for JSON null. */
  public static <T> @Nullable List<T> list(ByteIn reader, Item<T> item) throws IOException {
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.BEGIN_ARRAY) {
      throw wrongType(reader, "an array");
    }
    List<T> result = new ArrayList<>();
    reader.beginArray();
    while (reader.hasNext()) {
      result.add(item.read(reader));
    }
    reader.endArray();
    return List.copyOf(result); // frozen, so value types need not copy it again
  }

  /** Reads a non-null string list item. */
  public static String requiredString(ByteIn reader) throws IOException {
    if (reader.peek() == JsonReader.Token.NULL) {
      throw error(reader.getPath(), "must be a string, was null");
    }
    return string(reader);
  }

  /** Reads a list of strings (a field path). */
  public static @Nullable List<String> strings(ByteIn reader) throws IOException {
    return list(reader, Reads::requiredString);
  }

  /** Reads a list of field paths. */
  public static @Nullable List<List<String>> paths(ByteIn reader) throws IOException {
    return list(reader, r -> {
      if (r.peek() == JsonReader.Token.NULL) {
        throw error(r.getPath(), "must be an array, was null");
      }
      return strings(r);
    });
  }

  /** Writes {@code list} with {@code item}. */
  public static <T> void writeList(JsonWriter writer, List<T> list, Writer<T> item) throws IOException {
    writer.beginArray();
    for (T t : list) {
      item.write(writer, t);
    }
    writer.endArray();
  }

  /** Writes a list of field paths. */
  public static void writePaths(JsonWriter writer, List<List<String>> paths) throws IOException {
    writer.beginArray();
    for (List<String> p : paths) {
      writeList(writer, p, JsonWriter::value);
    }
    writer.endArray();
  }

  /**
   * The members of one JSON object being read: fails on a repeated key and remembers the object's path so that
   * missing properties are reported as {@code $.a[3].b.name is required}.
   */
  public static final class Members {
    private final ByteIn reader;
    private final long mark;
    // Names seen so far; a linear scan beats hashing for the few properties of typical objects.
    private String[] seen = new String[8];
    private int count;
    private @Nullable Set<String> many;

    private Members(ByteIn reader, long mark) {
      this.reader = reader;
      this.mark = mark;
    }

    /** Begins reading an object (fails if the next value is not an object). */
    public static Members begin(ByteIn reader) throws IOException {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw wrongType(reader, "an object");
      }
      long mark = reader.mark();
      reader.beginObject();
      return new Members(reader, mark);
    }

    /** The path of the object, such as {@code $.streamState[3].streamDescriptor}. */
    public String path() {
      return reader.pathAt(mark);
    }

    /** The next property name, or null after consuming the end of the object. */
    public @Nullable String next() throws IOException {
      if (!reader.hasNext()) {
        reader.endObject();
        return null;
      }
      String name = reader.nextName();
      if (!firstTime(name)) {
        throw error(path() + "." + name, "appears more than once in the object");
      }
      return name;
    }

    private boolean firstTime(String name) {
      if (many != null) {
        return many.add(name);
      }
      for (int i = 0; i < count; i++) {
        if (seen[i].equals(name)) {
          return false;
        }
      }
      if (count == seen.length) {
        if (count == 32) {
          many = new HashSet<>(java.util.Arrays.asList(seen));
          return many.add(name);
        }
        seen = java.util.Arrays.copyOf(seen, count * 2);
      }
      seen[count++] = name;
      return true;
    }

    /** Fails with {@code <path>.<name> is required} when {@code value} is null. */
    public <T> T require(String name, @Nullable T value) {
      if (value == null) {
        throw error(path() + "." + name, "is required");
      }
      return value;
    }

    /** Reads an unknown property's value verbatim. */
    public RawJson raw() throws IOException {
      return reader.nextRaw();
    }
  }
}
