package io.github.airbytekit.cli;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.JsonCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import okio.BufferedSink;
import okio.Okio;
import okio.Sink;

/**
 * The one writer of stdout. JSON documents stream to it as UTF-8 bytes, laid out once (compact, or pretty by
 * the same streaming pass), each followed by a newline; {@link #text()} is for the few commands that print prose.
 */
final class Output {
  private final OutputStream stream;
  private final PrintWriter text;
  /** Asked when the first document is written: the options are parsed by then. */
  private final BooleanSupplier pretty;

  Output(OutputStream stream, BooleanSupplier pretty) {
    this.stream = stream;
    this.text = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    this.pretty = pretty;
  }

  /** Text output (help, the demo); flushed before every JSON document. */
  PrintWriter text() {
    return text;
  }

  /** Writes {@code value} with {@code codec}: compact straight from the codec, or pretty through the layout. */
  <T> void json(JsonCodec<T> codec, T value) {
    boolean layout = pretty.getAsBoolean();
    document(layout, sink -> {
      JsonWriter writer = JsonWriter.of(sink);
      codec.write(value, writer);
      writer.flush();
    });
  }

  /** Writes one JSON text (well-formed: read or written by the library), laid out as the options say. */
  void json(String json) {
    document(true, sink -> sink.writeUtf8(json));
  }

  /** Writes one JSON document built with {@code body}. */
  void json(Json.Body body) {
    boolean indent = pretty.getAsBoolean();
    document(false, sink -> {
      JsonWriter writer = JsonWriter.of(sink);
      writer.setSerializeNulls(true);
      if (indent) {
        writer.setIndent("  ");
      }
      body.write(writer);
      writer.flush();
    });
  }

  private interface Content {
    void writeTo(BufferedSink sink) throws IOException;
  }

  /** Writes one document; through the layout sink when {@code layout} (pretty, or compacting foreign text). */
  private void document(boolean layout, Content content) {
    text.flush();
    Sink raw = Okio.sink(stream);
    try {
      BufferedSink sink = Okio.buffer(layout ? new JsonLayoutSink(raw, pretty.getAsBoolean()) : raw);
      content.writeTo(sink);
      sink.flush();
      BufferedSink end = Okio.buffer(raw);
      end.writeByte('\n');
      end.flush();
      stream.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flushes what is left; a stdout closed early (piped to {@code head}, say) is no one's failure here. */
  void flush() {
    text.flush();
    try {
      stream.flush();
    } catch (IOException e) {
      // nobody is reading any more
    }
  }
}
