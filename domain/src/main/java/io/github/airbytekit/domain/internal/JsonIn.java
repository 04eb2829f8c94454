package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonReader;
import io.github.airbytekit.domain.RawJson;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The subset of a JSON pull reader the domain adapters use. Two implementations: {@link MoshiIn} over any Moshi
 * {@link JsonReader} (for the public adapter factory) and {@link ByteIn}, a single-pass reader over UTF-8 bytes
 * that validates and slices blobs in one scan (the fast path of {@code JsonCodec}).
 */
public abstract class JsonIn {
  JsonIn() {}

  public abstract JsonReader.Token peek() throws IOException;

  public abstract void beginObject() throws IOException;

  public abstract void endObject() throws IOException;

  public abstract void beginArray() throws IOException;

  public abstract void endArray() throws IOException;

  public abstract boolean hasNext() throws IOException;

  public abstract String nextName() throws IOException;

  /** The next string, or the literal text of the next number. */
  public abstract String nextString() throws IOException;

  public abstract boolean nextBoolean() throws IOException;

  public abstract <T> @Nullable T nextNull() throws IOException;

  /** The next value verbatim. */
  public abstract RawJson nextRaw() throws IOException;

  /** Skips the next value (validating it), however deeply nested. */
  public abstract void skipValue() throws IOException;

  /** The path of the current value, in Moshi's format ({@code $.a[3].b}). */
  public abstract String getPath();

  /**
   * A cheap mark of the current value's position, for {@link #pathAt} later; readers that cannot compute paths
   * after the fact return -1 and callers keep {@link #getPath()} instead.
   */
  public long mark() {
    return -1;
  }

  /** The path of the value that was current when {@code mark} was taken, while still inside it or just after. */
  public String pathAt(long mark) {
    throw new UnsupportedOperationException();
  }
}
