package io.github.airbytekit.testkit.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * The known property names of a request body, by nesting level. Used to drop unknown properties
 * (Airbyte's default) or refuse them with 400 (Airbyte's strict JSON mode) before the body is
 * parsed, the same way for generated models and for domain types (which would otherwise keep
 * unknown properties). An {@linkplain #openObject open} shape stands for data the fake stores (catalog entries,
 * stream configurations): outside strict mode it keeps unknown properties, as settings a newer Airbyte knows.
 * Values are copied verbatim: no number is re-formatted.
 */
public final class BodyShape {
  /** Any JSON value, not inspected. */
  public static final BodyShape ANY = new BodyShape(null, null, false);

  private final @Nullable Map<String, BodyShape> properties;
  private final @Nullable BodyShape items;
  private final boolean keepsUnknown;

  private BodyShape(@Nullable Map<String, BodyShape> properties, @Nullable BodyShape items, boolean keepsUnknown) {
    this.properties = properties;
    this.items = items;
    this.keepsUnknown = keepsUnknown;
  }

  /** An object; arguments alternate property name and shape (a name alone means {@link #ANY}). */
  public static BodyShape object(Object... namesAndShapes) {
    return new BodyShape(properties(namesAndShapes), null, false);
  }

  /** An object of stored data: like {@link #object} but unknown properties are kept outside strict mode. */
  public static BodyShape openObject(Object... namesAndShapes) {
    return new BodyShape(properties(namesAndShapes), null, true);
  }

  private static Map<String, BodyShape> properties(Object... namesAndShapes) {
    Map<String, BodyShape> map = new LinkedHashMap<>();
    for (int i = 0; i < namesAndShapes.length; i++) {
      String name = (String) namesAndShapes[i];
      BodyShape shape = ANY;
      if (i + 1 < namesAndShapes.length && namesAndShapes[i + 1] instanceof BodyShape) {
        shape = (BodyShape) namesAndShapes[++i];
      }
      map.put(name, shape);
    }
    return map;
  }

  /** An array whose items have {@code items}' shape. */
  public static BodyShape arrayOf(BodyShape items) {
    return new BodyShape(null, items, false);
  }

  /** Known property names of an object shape (empty for other shapes), for drift checks. */
  public java.util.Set<String> propertyNames() {
    return properties == null ? java.util.Set.of() : java.util.Collections.unmodifiableSet(properties.keySet());
  }

  /** Shape of property {@code name}, or null when unknown. */
  public @Nullable BodyShape property(String name) {
    return properties == null ? null : properties.get(name);
  }

  /** Shape of array items, or null when this is not an array shape. */
  public @Nullable BodyShape items() {
    return items;
  }

  /**
   * Returns {@code json} without the properties this shape does not know.
   *
   * @throws HttpProblem 400 naming the JSON path of the first unknown property when {@code strict}
   * @throws HttpProblem {@code malformedStatus} if the body is not JSON
   */
  public String filter(String json, boolean strict, int malformedStatus) {
    Buffer out = new Buffer();
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
        JsonWriter writer = JsonWriter.of(out)) {
      writer.setSerializeNulls(true);
      copy(reader, writer, strict);
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new HttpProblem(malformedStatus, "invalid-input", "Trailing data after the JSON body");
      }
    } catch (AirbyteDataException | com.squareup.moshi.JsonDataException e) {
      throw new HttpProblem(malformedStatus, "invalid-input", "Malformed JSON body: " + e.getMessage());
    } catch (com.squareup.moshi.JsonEncodingException e) {
      throw new HttpProblem(malformedStatus, "invalid-input", "Malformed JSON body: " + e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.readUtf8();
  }

  private void copy(JsonReader reader, JsonWriter writer, boolean strict) throws IOException {
    JsonReader.Token token = reader.peek();
    if (properties != null && token == JsonReader.Token.BEGIN_OBJECT) {
      reader.beginObject();
      writer.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        BodyShape shape = properties.get(name);
        if (shape == null) {
          if (strict) {
            throw HttpProblem.badRequest(
                "Unrecognized field \""
                    + name
                    + "\" at "
                    + reader.getPath()
                    + " (known properties: "
                    + properties.keySet()
                    + ")");
          }
          if (keepsUnknown) {
            writer.name(name);
            RawJson.read(reader).writeTo(writer);
          } else {
            reader.skipValue();
          }
          continue;
        }
        writer.name(name);
        shape.copy(reader, writer, strict);
      }
      reader.endObject();
      writer.endObject();
    } else if (items != null && token == JsonReader.Token.BEGIN_ARRAY) {
      reader.beginArray();
      writer.beginArray();
      while (reader.hasNext()) {
        items.copy(reader, writer, strict);
      }
      reader.endArray();
      writer.endArray();
    } else {
      RawJson.read(reader).writeTo(writer);
    }
  }
}
