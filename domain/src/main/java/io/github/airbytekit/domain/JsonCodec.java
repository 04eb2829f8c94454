package io.github.airbytekit.domain;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.internal.ByteIn;
import io.github.airbytekit.domain.internal.Reads;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Reads and writes one JSON form of one domain type, with errors that name the JSON path.
 *
 * <pre>{@code
 * ConnectionState state = AirbyteJson.connectionState().read(inputStream);
 * AirbyteJson.connectionState().write(state, outputStream);
 * }</pre>
 *
 * <p>Reading takes the document's bytes once and makes a single validating pass over them: the envelope is
 * tokenized, and each blob is validated and copied out as one slice, never parsed into a tree. So a document is in
 * memory once as bytes plus once as blobs, and the bytes are garbage as soon as {@code read} returns. Writing
 * streams, is compact (no indentation) and copies every blob byte-for-byte. Sources, streams and sinks passed in
 * are not closed. I/O failures are thrown as {@link AirbyteException} with the {@link IOException} as cause.
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
   * @param json the whole JSON document; only whitespace may surround it
   * @return the value read, never null
   * @throws AirbyteDataException if the JSON is malformed or does not fit the type; the message names the path
   */
  public T read(String json) {
    Objects.requireNonNull(json, "json == null");
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads one document from {@code source}, reading it to its end (only whitespace may follow the document); the
   * source is not closed.
   *
   * @param source the UTF-8 JSON input, consumed to its end
   * @return the value read, never null
   * @throws AirbyteDataException if the JSON is malformed or does not fit the type
   * @throws AirbyteException if reading {@code source} fails, with the {@code IOException} as cause
   */
  public T read(BufferedSource source) {
    Objects.requireNonNull(source, "source == null");
    byte[] bytes;
    try {
      bytes = source.readByteArray();
    } catch (IOException e) {
      throw new AirbyteException("Could not read " + description + " JSON: " + e.getMessage(), e);
    }
    return read(bytes);
  }

  /**
   * Reads one document from its UTF-8 bytes in a single validating pass; blobs become slices of {@code utf8}.
   * The array is not modified or kept.
   *
   * @param utf8 the whole JSON document as UTF-8 bytes
   * @return the value read, never null
   * @throws AirbyteDataException if the JSON is malformed or does not fit the type
   */
  public T read(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8 == null");
    ByteIn in = new ByteIn(utf8);
    try {
      T value = reader.read(in);
      in.peek(); // fails unless only whitespace follows
      return value;
    } catch (IOException e) {
      throw new AssertionError(e); // ByteIn reads memory and never throws IOException
    }
  }

  /**
   * Reads one document from {@code in} (UTF-8), to its end; the stream is not closed.
   *
   * @param in the UTF-8 JSON input, consumed to its end
   * @return the value read, never null
   * @throws AirbyteDataException if the JSON is malformed or does not fit the type
   * @throws AirbyteException if reading {@code in} fails, with the {@code IOException} as cause
   */
  public T read(InputStream in) {
    Objects.requireNonNull(in, "in == null");
    return read(Okio.buffer(Okio.source(in)));
  }

  /**
   * Writes {@code value} as compact JSON.
   *
   * @param value the value to write, not null
   * @return the JSON text, without insignificant whitespace; blobs appear exactly as they were read or built
   */
  public String write(T value) {
    Buffer buffer = new Buffer();
    write(value, buffer);
    return buffer.readUtf8();
  }

  /**
   * Writes {@code value} to {@code sink} and flushes it; the sink is not closed.
   *
   * @param value the value to write, not null
   * @param sink where the compact UTF-8 JSON goes
   * @throws AirbyteException if writing fails, with the {@code IOException} as cause
   */
  public void write(T value, BufferedSink sink) {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(sink, "sink == null");
    JsonWriter out = JsonWriter.of(sink);
    write(value, out);
    try {
      out.flush();
    } catch (IOException e) {
      throw new AirbyteException("Could not write " + description + " JSON: " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code value} as the next value of {@code writer} (at the top level, after a name or in an array),
   * without flushing it: how a document streams into a larger one, or to a writer with its own indent. Blobs are
   * copied byte-for-byte through {@link JsonWriter#valueSink()}, so the writer's indent applies to the envelope
   * only.
   *
   * @param value the value to write, not null
   * @param writer where the JSON goes
   * @throws AirbyteException if writing fails, with the {@code IOException} as cause
   */
  public void write(T value, JsonWriter writer) {
    Objects.requireNonNull(value, "value == null");
    Objects.requireNonNull(writer, "writer == null");
    try {
      this.writer.write(writer, value);
    } catch (IOException e) {
      throw new AirbyteException("Could not write " + description + " JSON: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new AirbyteException("Could not write " + description + " JSON: " + e.getCause().getMessage(), e.getCause());
    }
  }

  /**
   * Writes {@code value} to {@code out} (UTF-8) and flushes it; the stream is not closed.
   *
   * @param value the value to write, not null
   * @param out where the compact UTF-8 JSON goes
   * @throws AirbyteException if writing fails, with the {@code IOException} as cause
   */
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
