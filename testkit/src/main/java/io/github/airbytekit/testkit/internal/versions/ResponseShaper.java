package io.github.airbytekit.testkit.internal.versions;

import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.http.Api;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shapes a rendered response to what one Airbyte version guarantees, from the response's schema name alone: only
 * the properties the version requires, recursively; never a property it lacks (nor one our documents do not
 * declare); no enum value it does not know. Data a client or test stored ({@link #STORED}) comes back whole, in
 * the version's properties: Airbyte returns what it stored, and requires little of it only because it is optional
 * input.
 *
 * <pre>{@code
 * String body = new ResponseShaper(Profile.load("2.0.0")).shape(Api.CONFIG, "WebBackendConnectionRead", json);
 * }</pre>
 */
public final class ResponseShaper {
  /** The schemas that hold stored data: the catalog, the state, the public API's stream configurations. */
  static final Set<String> STORED = Set.of("AirbyteCatalog", "ConnectionState", "StreamConfigurations");

  /** A value this version cannot carry; its property is left out. */
  private static final Object DROP = new Object();

  private final Profile profile;

  public ResponseShaper(Profile profile) {
    this.profile = profile;
  }

  /**
   * Returns {@code json} as this version would send a {@code schema}; unchanged when the version has no such
   * schema (e.g. the public API's {@code Problem}, which no Airbyte version declares).
   *
   * @throws IllegalStateException if a required property holds an enum value the version does not know
   */
  public String shape(Api api, String schema, String json) {
    Schema root = profile.schema(api, schema);
    if (root == null || root.kind == Schema.Kind.ABSENT) {
      return json;
    }
    return JsonTree.write(ref(api, schema, JsonTree.parse(json), false, "$"));
  }

  private Object ref(Api api, String name, Object value, boolean stored, String path) {
    Schema schema = profile.schema(api, name);
    if (schema == null) {
      return value;
    }
    switch (schema.kind) {
      case ABSENT:
        return DROP;
      case ENUM:
        String text = JsonTree.string(value);
        return text == null || schema.values.contains(text) ? value : DROP;
      case ONE_OF:
        return value(api, profile.option(api, schema, value), value, stored, path);
      default:
        return object(api, name, schema, value, stored || STORED.contains(name), path);
    }
  }

  private Object object(Api api, String name, Schema schema, Object value, boolean stored, String path) {
    Map<String, Object> in = JsonTree.object(value);
    if (in == null) {
      return value;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> property : in.entrySet()) {
      Shape shape = schema.properties.get(property.getKey());
      boolean required = schema.required.contains(property.getKey());
      if (shape == null || !(stored || required)) {
        continue;
      }
      String at = path + "." + property.getKey();
      Object shaped = value(api, shape, property.getValue(), stored, at);
      if (shaped == DROP && required) {
        throw new IllegalStateException(
            "Airbyte " + profile.version() + " cannot send " + name + " with " + at + " = "
                + JsonTree.write(property.getValue()) + ": the version has no such value");
      }
      if (shaped != DROP) {
        out.put(property.getKey(), shaped);
      }
    }
    return out;
  }

  private Object value(Api api, Shape shape, Object value, boolean stored, String path) {
    if (value instanceof RawJson && ((RawJson) value).isNull()) {
      return value;
    }
    switch (shape.kind) {
      case REF:
        return ref(api, shape.ref, value, stored, path);
      case ARRAY:
        if (!(value instanceof List)) {
          return value;
        }
        List<Object> items = new ArrayList<>();
        int index = 0;
        for (Object item : JsonTree.array(value)) {
          Object shaped = value(api, shape.items, item, stored, path + "[" + index++ + "]");
          if (shaped != DROP) {
            items.add(shaped);
          }
        }
        return items;
      case MAP:
        Map<String, Object> entries = JsonTree.object(value);
        if (entries == null) {
          return value;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        entries.forEach((key, entry) -> {
          Object shaped = value(api, shape.items, entry, stored, path + "." + key);
          if (shaped != DROP) {
            out.put(key, shaped);
          }
        });
        return out;
      default:
        return value;
    }
  }
}
