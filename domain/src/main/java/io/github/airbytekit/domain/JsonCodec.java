package io.github.airbytekit.domain;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.internal.Reads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads and writes one JSON form of one domain type, streaming, with errors that name the JSON path.
 *
 * <pre>{@code
 * ConnectionState state = AirbyteJson.connectionState().read(inputStream);
 * AirbyteJson.connectionState().write(state, outputStream);
 * }</pre>
 *
 * <p>Writing is compact (no indentation) and keeps every blob byte-for-byte. Readers and writers passed in are not
 * closed. I/O failures are thrown as {@link AirbyteException} with the {@link IOException} as cause.
 *
 * @param <T> the value type
 */
public final class JsonCodec<T> {
  private final String description;
  private final Reads.Item<T> reader;
  private final Reads.Writer<T> writer;

  JsonCodec(String description, Reads.Item<T> reader, Reads.Writer<T> writer) {
    this.description = description;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * Reads one document from {@code json}.
   *
   * @throws AirbyteDataException if the JSON is malformed or does not fit the type; the message names the path
   */
  public T read(String json) {
    Objects.requireNonNull(json, "json == null");
    return read(new Buffer().writeUtf8(json));
  }

  /** Reads one document from {@code source}, which must hold nothing else; the source is not closed. */
  public T read(BufferedSource source) {
    Objects.requireNonNull(source, "source == null");
    JsonReader in = JsonReader.of(source);
    try {
      T value = reader.read(in);
      boolean end;
      try {
        end = in.peek() == JsonReader.Token.END_DOCUMENT;
      } catch (JsonEncodingException e) {
        end = false; // Moshi refuses a second top-level value as malformed
      }
      if (!end) {
        throw Reads.error("$", "is followed by more data; expected the end of the document");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      String path = in.getPath();
      throw new AirbyteDataException(path + " is not valid " + description + " JSON: " + e.getMessage(), path, e);
    } catch (IOException e) {
      throw new AirbyteException("Could not read " + description + " JSON: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new AirbyteException("Could not read " + description + " JSON: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Reads one document from {@code in} (UTF-8); the stream is not closed. */
  public T read(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    return read(Okio.buffer(Okio.source(in)));
  }

  /** Writes {@code value} as compact JSON. */
  public String write(T value) {
    Buffer buffer = new Buffer();
    write(value, buffer);
    return buffer.readUtf8();
  }

  /** Writes {@code value} to {@code sink} and flushes it; the sink is not closed. */
  public void write(T value, BufferedSink sink) {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(sink, "sink == null");
    try {
      JsonWriter out = JsonWriter.of(sink);
      writer.write(out, value);
      out.flush();
    } catch (IOException e) {
      throw new AirbyteException("Could not write " + description + " JSON: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new AirbyteException("Could not write " + description + " JSON: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /** Writes {@code value} to {@code out} (UTF-8) and flushes it; the stream is not closed. */
  public void write(T value, OutputStream out) {
    Objects.requireNonNull(out, "out == null");
    BufferedSink sink = Okio.buffer(Okio.sink(out));
    write(value, sink);
  }

  @Override
  public String toString() {
    return "JsonCodec{" + description + "}";
  }
}
