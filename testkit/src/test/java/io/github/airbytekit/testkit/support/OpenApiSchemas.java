package io.github.airbytekit.testkit.support;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import okio.Buffer;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Checks response bodies against airbytekit's own openapi/ documents, for the subset of JSON
 * Schema they use: type, required, enum, properties (unknown properties are violations unless
 * additionalProperties allows them), items, $ref, oneOf, nullable, format uuid.
 */
public final class OpenApiSchemas {
  private static final OpenApiSchemas PUBLIC = load("io/github/airbytekit/openapi/public-api.yaml", "/api/public/v1");
  /** The public API where the Cloud layout serves it. */
  private static final OpenApiSchemas CLOUD_PUBLIC = new OpenApiSchemas(PUBLIC.document, "/v1");
  private static final OpenApiSchemas CONFIG = load("io/github/airbytekit/openapi/config-api.yaml", "/api");

  private final Map<String, Object> document;
  private final String pathPrefix;

  private OpenApiSchemas(Map<String, Object> document, String pathPrefix) {
    this.document = document;
    this.pathPrefix = pathPrefix;
  }

  @SuppressWarnings("unchecked")
  private static OpenApiSchemas load(String resource, String prefix) {
    try (InputStream in = OpenApiSchemas.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the test classpath");
      }
      Object doc = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      return new OpenApiSchemas((Map<String, Object>) doc, prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the violations of one captured response; empty when it conforms. */
  public static List<String> violations(CapturedResponses.Captured captured) {
    OpenApiSchemas doc;
    if (captured.path.startsWith("/__admin/")) {
      return List.of(); // the fake's own controls, not an Airbyte API
    } else if (captured.path.startsWith("/api/public/v1/")) {
      doc = PUBLIC;
    } else if (captured.path.startsWith("/api/v1/")) {
      doc = CONFIG;
    } else if (captured.path.startsWith("/v1/")) {
      doc = CLOUD_PUBLIC;
    } else {
      return List.of("response for a path outside both APIs");
    }
    return doc.check(captured);
  }

  @SuppressWarnings("unchecked")
  private List<String> check(CapturedResponses.Captured captured) {
    List<String> problems = new ArrayList<>();
    String path = captured.path.substring(pathPrefix.length());
    Map<String, Object> paths = (Map<String, Object>) document.get("paths");
    Map<String, Object> operation = null;
    for (Map.Entry<String, Object> entry : paths.entrySet()) {
      if (matches(entry.getKey(), path)) {
        operation = (Map<String, Object>) ((Map<String, Object>) entry.getValue()).get(captured.method.toLowerCase());
      }
    }
    if (operation == null) {
      // The fake answered a route the documents do not have (e.g. a 404 for an unknown path).
      if (captured.status >= 400) {
        return problems;
      }
      problems.add("no operation " + captured.method + " " + path + " in the document");
      return problems;
    }
    Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
    Object response = responses.get(Integer.toString(captured.status));
    if (response == null) {
      response = responses.get("default");
    }
    if (response == null) {
      if (captured.status >= 400 && this == CONFIG) {
        // Config operations list only their specific error statuses; any error uses KnownExceptionInfo.
        response = Map.of("content", Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/KnownExceptionInfo"))));
      } else {
        problems.add("status " + captured.status + " not documented for " + captured.method + " " + path);
        return problems;
      }
    }
    Map<String, Object> resolved = (Map<String, Object>) resolve(response);
    Map<String, Object> content = (Map<String, Object>) resolved.get("content");
    if (content == null) {
      if (!captured.body.isEmpty()) {
        problems.add("documented without a body but got: " + captured.body);
      }
      return problems;
    }
    String mediaType = captured.contentType.split(";")[0].trim();
    Map<String, Object> media = (Map<String, Object>) content.get(mediaType);
    if (media == null) {
      problems.add("content type " + mediaType + " not documented (documented: " + content.keySet() + ")");
      return problems;
    }
    Object json;
    try {
      json = JsonReader.of(new Buffer().writeUtf8(captured.body)).readJsonValue();
    } catch (IOException e) {
      problems.add("body is not JSON: " + e.getMessage());
      return problems;
    }
    validate(media.get("schema"), json, "$", problems);
    return problems;
  }

  private static boolean matches(String template, String path) {
    String[] t = template.split("/", -1);
    String[] p = path.split("/", -1);
    if (t.length != p.length) {
      return false;
    }
    for (int i = 0; i < t.length; i++) {
      if (!(t[i].startsWith("{") || t[i].equals(p[i]))) {
        return false;
      }
    }
    return true;
  }

  @SuppressWarnings("unchecked")
  private Object resolve(Object node) {
    while (node instanceof Map && ((Map<String, Object>) node).containsKey("$ref")) {
      String ref = (String) ((Map<String, Object>) node).get("$ref");
      Object target = document;
      for (String part : ref.substring(2).split("/")) {
        target = ((Map<String, Object>) target).get(part);
      }
      if (target == null) {
        throw new IllegalStateException("dangling $ref " + ref);
      }
      node = target;
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private void validate(Object schemaNode, Object value, String at, List<String> problems) {
    Map<String, Object> schema = (Map<String, Object>) resolve(schemaNode);
    Object ref = schemaNode instanceof Map ? ((Map<String, Object>) schemaNode).get("$ref") : null;
    String name = ref == null ? "an inline schema" : ((String) ref).substring(((String) ref).lastIndexOf('/') + 1);
    if (value == null) {
      if (!Boolean.TRUE.equals(schema.get("nullable"))) {
        problems.add(at + " is null but not nullable");
      }
      return;
    }
    if (schema.containsKey("oneOf")) {
      List<String> best = null;
      for (Object option : (List<Object>) schema.get("oneOf")) {
        List<String> attempt = new ArrayList<>();
        validate(option, value, at, attempt);
        if (attempt.isEmpty()) {
          return;
        }
        if (best == null || attempt.size() < best.size()) {
          best = attempt;
        }
      }
      problems.add(at + " matches no oneOf option, e.g. " + best);
      return;
    }
    String type = (String) schema.get("type");
    if (schema.containsKey("enum") && !((List<Object>) schema.get("enum")).contains(value)) {
      problems.add(at + " = " + value + " is not one of " + schema.get("enum"));
    }
    if (type == null) {
      return;
    }
    switch (type) {
      case "object":
        if (!(value instanceof Map)) {
          problems.add(at + " should be an object");
          return;
        }
        Map<String, Object> object = (Map<String, Object>) value;
        for (Object required : (List<Object>) schema.getOrDefault("required", List.of())) {
          if (!object.containsKey(required)) {
            problems.add(at + "." + required + " is required by " + name);
          }
        }
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        Object additional = schema.get("additionalProperties");
        for (Map.Entry<String, Object> entry : object.entrySet()) {
          String child = at + "." + entry.getKey();
          if (properties != null && properties.containsKey(entry.getKey())) {
            validate(properties.get(entry.getKey()), entry.getValue(), child, problems);
          } else if (additional instanceof Map) {
            validate(additional, entry.getValue(), child, problems);
          } else if (properties != null && !Boolean.TRUE.equals(additional)) {
            problems.add(child + " is not a documented property");
          }
        }
        return;
      case "array":
        if (!(value instanceof List)) {
          problems.add(at + " should be an array");
          return;
        }
        int i = 0;
        for (Object item : (List<Object>) value) {
          validate(schema.get("items"), item, at + "[" + i++ + "]", problems);
        }
        return;
      case "string":
        if (!(value instanceof String)) {
          problems.add(at + " should be a string");
        } else if ("uuid".equals(schema.get("format"))) {
          try {
            UUID.fromString((String) value);
          } catch (IllegalArgumentException e) {
            problems.add(at + " should be a uuid: " + value);
          }
        }
        return;
      case "integer":
        if (!(value instanceof Number) || ((Number) value).doubleValue() % 1 != 0) {
          problems.add(at + " should be an integer: " + value);
        }
        return;
      case "number":
        if (!(value instanceof Number)) {
          problems.add(at + " should be a number");
        }
        return;
      case "boolean":
        if (!(value instanceof Boolean)) {
          problems.add(at + " should be a boolean");
        }
        return;
      default:
        problems.add(at + " has unsupported schema type " + type);
    }
  }
}
