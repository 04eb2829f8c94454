package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;
import okio.Sink;
import okio.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Compares an answer with a value the request sent, as the value's adapter writes it, without holding either as
 * bytes: the value is serialized into a sink that reads and compares the same number of bytes of the answer.
 */
final class EchoCheck {
  private static final int CHUNK = 8192;

  private EchoCheck() {}

  /**
   * Reads {@code body} to its end.
   *
   * @return null when it is exactly {@code value} as {@code adapter} writes it (whitespace may follow); otherwise
   *     a buffer with the whole body, as received
   */
  static <T> @Nullable Buffer compare(JsonAdapter<T> adapter, T value, BufferedSource body) throws IOException {
    Comparing comparing = new Comparing(body);
    try {
      write(adapter, value, comparing);
      while (!body.exhausted()) {
        byte b = body.readByte();
        if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
          comparing.pending.writeByte(b);
          throw new Mismatch();
        }
        comparing.pending.writeByte(b);
      }
      return null;
    } catch (Mismatch e) {
      Buffer whole = new Buffer();
      try {
        write(adapter, value, new Prefix(whole, comparing.matched));
      } catch (Mismatch done) {
        // the prefix is complete
      }
      whole.writeAll(comparing.pending);
      whole.writeAll(body);
      return whole;
    }
  }

  private static <T> void write(JsonAdapter<T> adapter, T value, Sink sink) throws IOException {
    BufferedSink buffered = Okio.buffer(sink);
    try {
      adapter.toJson(JsonWriter.of(buffered), value);
      buffered.flush();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Stops a serialization: the answer differs, or the prefix wanted is written. */
  private static final class Mismatch extends IOException {
    private static final long serialVersionUID = 1L;

    Mismatch() {
      super("stop");
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // control flow, never reported
    }
  }

  /** Takes the serialization and compares it with the body; keeps the body bytes read but not matched. */
  private static final class Comparing extends InMemorySink {
    private final BufferedSource body;
    private final Buffer pending = new Buffer();
    private final byte[] expected = new byte[CHUNK]; // reused: a large answer makes no garbage here
    private final byte[] actual = new byte[CHUNK];
    private long matched;

    Comparing(BufferedSource body) {
      this.body = body;
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      while (byteCount > 0) {
        int n = (int) Math.min(byteCount, CHUNK);
        readUpTo(source, expected, n);
        byteCount -= n;
        int got = readUpTo(body, actual, n);
        if (got != n || !Arrays.equals(expected, 0, n, actual, 0, n)) {
          pending.write(actual, 0, got);
          throw new Mismatch();
        }
        matched += n;
      }
    }

    /** Reads {@code n} bytes into {@code into}, fewer only at the end of {@code source}; the count read. */
    private static int readUpTo(BufferedSource source, byte[] into, int n) throws IOException {
      int got = 0;
      while (got < n) {
        int read = source.read(into, got, n - got);
        if (read < 0) {
          break;
        }
        got += read;
      }
      return got;
    }
  }

  /** Keeps the first {@code limit} bytes of a serialization, then stops it. */
  private static final class Prefix extends InMemorySink {
    private final Buffer out;
    private long left;

    Prefix(Buffer out, long limit) {
      this.out = out;
      this.left = limit;
    }

    @Override
    public void write(Buffer source, long byteCount) throws IOException {
      long n = Math.min(byteCount, left);
      out.write(source, n);
      source.skip(byteCount - n);
      left -= n;
      if (left == 0) {
        throw new Mismatch();
      }
    }
  }

  /** A sink that only takes bytes in memory: nothing to flush, close or time out. */
  private abstract static class InMemorySink implements Sink {
    @Override
    public void flush() {}

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }
}
