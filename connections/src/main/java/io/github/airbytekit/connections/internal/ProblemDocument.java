package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The two texts kept from an error body: the public API's problem {@code title} (or the Config API's
 * {@code message}) and its {@code detail}, each shortened. Nothing else of the body is kept, so no header, token
 * or echoed request reaches a message.
 *
 * @param title the title, or null
 * @param detail the detail, or null
 */
record ProblemDocument(@Nullable String title, @Nullable String detail) {
  private static final ProblemDocument NONE = new ProblemDocument(null, null);
  private static final long MAX_BYTES = 64 * 1024;
  private static final int MAX_TITLE_CHARS = 300;
  private static final int MAX_DETAIL_CHARS = 1000;

  /** Reads (without closing) at most 64 KiB of {@code body}; anything that is not a JSON object gives none. */
  static ProblemDocument read(@Nullable ResponseBody body) {
    if (body == null) {
      return NONE;
    }
    try {
      Buffer buffer = new Buffer();
      body.source().read(buffer, MAX_BYTES);
      JsonReader reader = JsonReader.of(buffer);
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return NONE;
      }
      String title = null;
      String message = null;
      String detail = null;
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        if (reader.peek() != JsonReader.Token.STRING) {
          reader.skipValue();
        } else if (name.equals("title")) {
          title = reader.nextString();
        } else if (name.equals("message")) {
          message = reader.nextString();
        } else if (name.equals("detail")) {
          detail = reader.nextString();
        } else {
          reader.skipValue();
        }
      }
      return new ProblemDocument(shorten(title != null ? title : message, MAX_TITLE_CHARS),
          shorten(detail, MAX_DETAIL_CHARS));
    } catch (IOException | RuntimeException notAProblemDocument) {
      return NONE;
    }
  }

  private static @Nullable String shorten(@Nullable String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max) + "…";
  }
}
