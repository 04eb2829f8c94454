package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;

/** Moshi adapters for the {@code java.*} value types the generated models use. */
public final class JavaTypeAdapters {

  /** Adapters for {@code UUID}, {@code OffsetDateTime}, {@code LocalDate}, {@code URI} and {@code BigDecimal}. */
  public static final JsonAdapter.Factory FACTORY = (type, annotations, moshi) -> {
    if (!annotations.isEmpty()) {
      return null;
    }
    if (type == UUID.class) {
      return text(UUID::fromString, UUID::toString, "a UUID").nullSafe();
    }
    if (type == OffsetDateTime.class) {
      return text(OffsetDateTime::parse, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, "an ISO-8601 date-time").nullSafe();
    }
    if (type == LocalDate.class) {
      return text(LocalDate::parse, LocalDate::toString, "an ISO-8601 date").nullSafe();
    }
    if (type == URI.class) {
      return text(JavaTypeAdapters::uri, URI::toString, "a URI").nullSafe();
    }
    if (type == BigDecimal.class) {
      return new BigDecimalAdapter().nullSafe();
    }
    return null;
  };

  private JavaTypeAdapters() {
  }

  /**
   * Formats a date-time the way query parameters and bodies carry it (seconds always present).
   *
   * @param value the date-time
   * @return ISO-8601 text with offset, e.g. {@code 2026-01-01T00:00:00Z}
   */
  public static String format(OffsetDateTime value) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  private static <T> JsonAdapter<T> text(Function<String, T> parse, Function<T, String> format, String what) {
    return new JsonAdapter<T>() {
      @Override
      public T fromJson(JsonReader reader) throws IOException {
        String path = reader.getPath();
        String value = reader.nextString();
        try {
          return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          throw new JsonDataException("Expected " + what + " but was \"" + value + "\" at path " + path, e);
        }
      }

      @Override
      public void toJson(JsonWriter writer, T value) throws IOException {
        writer.value(format.apply(value));
      }

      @Override
      public String toString() {
        return "JsonAdapter(" + what + ")";
      }
    };
  }

  /** Reads the number's literal text, so no digit is lost to a double on the way. */
  private static final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {
    @Override
    public BigDecimal fromJson(JsonReader reader) throws IOException {
      String path = reader.getPath();
      String literal = reader.nextString();
      try {
        return new BigDecimal(literal);
      } catch (NumberFormatException e) {
        throw new JsonDataException("Expected a number but was \"" + literal + "\" at path " + path, e);
      }
    }

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
      writer.value(value);
    }

    @Override
    public String toString() {
      return "JsonAdapter(BigDecimal)";
    }
  }
}
