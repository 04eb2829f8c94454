package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonReader;
import io.github.airbytekit.domain.RawJson;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** {@link JsonIn} over a Moshi reader; blobs are copied with {@code nextSource()} and then validated. */
final class MoshiIn extends JsonIn {
  private final JsonReader reader;

  MoshiIn(JsonReader reader) {
    this.reader = reader;
  }

  @Override
  public JsonReader.Token peek() throws IOException {
    return reader.peek();
  }

  @Override
  public void beginObject() throws IOException {
    reader.beginObject();
  }

  @Override
  public void endObject() throws IOException {
    reader.endObject();
  }

  @Override
  public void beginArray() throws IOException {
    reader.beginArray();
  }

  @Override
  public void endArray() throws IOException {
    reader.endArray();
  }

  @Override
  public boolean hasNext() throws IOException {
    return reader.hasNext();
  }

  @Override
  public String nextName() throws IOException {
    return reader.nextName();
  }

  @Override
  public String nextString() throws IOException {
    return reader.nextString();
  }

  @Override
  public boolean nextBoolean() throws IOException {
    return reader.nextBoolean();
  }

  @Override
  public <T> @Nullable T nextNull() throws IOException {
    return reader.nextNull();
  }

  @Override
  public RawJson nextRaw() {
    return RawJson.read(reader);
  }

  @Override
  public void skipValue() {
    RawJson.read(reader); // nextSource, unlike Moshi's skipValue, has no nesting limit
  }

  @Override
  public String getPath() {
    return reader.getPath();
  }
}
