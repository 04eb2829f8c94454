package io.github.airbytekit.testkit.internal.versions;

import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.http.Api;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Finds the first enum value in a request body (or seed) that one Airbyte version does not know, as that version's
 * server would refuse it, and optionally the first string that does not have its declared format ({@code uuid},
 * {@code date-time}, {@code date}); properties the version lacks are not inspected.
 */
public final class RequestCheck {
  private final Profile profile;
  private final boolean formats;

  /** A check of enum values only. */
  public RequestCheck(Profile profile) {
    this(profile, false);
  }

  /** A check of enum values and, with {@code formats}, of string formats. */
  public RequestCheck(Profile profile, boolean formats) {
    this.profile = profile;
    this.formats = formats;
  }

  /**
   * Returns why {@code json}, read as {@code schema}, cannot be sent to this version, or null when it can.
   *
   * @param json the body as a {@link JsonTree}
   * @param root how to name {@code json} in the message, e.g. {@code $} for a request body
   */
  public @Nullable String problem(Api api, String schema, Object json, String root) {
    return ref(api, schema, json, root);
  }

  private @Nullable String ref(Api api, String name, Object value, String path) {
    Schema schema = profile.schema(api, name);
    if (schema == null || schema.kind == Schema.Kind.ABSENT) {
      return null;
    }
    if (schema.kind == Schema.Kind.ENUM) {
      String text = JsonTree.string(value);
      return text == null || schema.values.contains(text)
          ? null
          : path + " is " + text + ", a value Airbyte " + profile.version() + " does not have (it has "
              + String.join(", ", schema.values) + ")";
    }
    if (schema.kind == Schema.Kind.ONE_OF) {
      return value(api, profile.option(api, schema, value), value, path);
    }
    Map<String, Object> object = JsonTree.object(value);
    if (object == null) {
      return null;
    }
    for (Map.Entry<String, Object> property : object.entrySet()) {
      Shape shape = schema.properties.get(property.getKey());
      String problem = shape == null ? null : value(api, shape, property.getValue(), path + "." + property.getKey());
      if (problem != null) {
        return problem;
      }
    }
    return null;
  }

  private @Nullable String value(Api api, Shape shape, Object value, String path) {
    String text = formats && shape.format != null ? JsonTree.string(value) : null;
    String expected = text == null ? null : StringFormats.mismatch(shape.format, text);
    if (expected != null) {
      return path + " is " + text + ", which is not " + expected;
    }
    if (shape.kind == Shape.Kind.REF) {
      return ref(api, shape.ref, value, path);
    }
    if (shape.kind == Shape.Kind.ARRAY && value instanceof List) {
      List<Object> items = JsonTree.array(value);
      for (int i = 0; i < items.size(); i++) {
        String problem = value(api, shape.items, items.get(i), path + "[" + i + "]");
        if (problem != null) {
          return problem;
        }
      }
    }
    if (shape.kind == Shape.Kind.MAP && JsonTree.object(value) != null) {
      for (Map.Entry<String, Object> entry : JsonTree.object(value).entrySet()) {
        String problem = value(api, shape.items, entry.getValue(), path + "." + entry.getKey());
        if (problem != null) {
          return problem;
        }
      }
    }
    return null;
  }
}
