package io.github.airbytekit.testkit.internal.versions;

import com.squareup.moshi.JsonReader;
import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.http.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import okio.Okio;
import org.jspecify.annotations.Nullable;

/**
 * What one Airbyte version guarantees, read from its profile in the {@code airbytekit-openapi} jar
 * ({@code io/github/airbytekit/openapi/profiles/airbyte-<version>.json}): per schema of our documents, the
 * properties it has and requires and the enum values it knows; per operation, its request schema; and the server
 * behaviour no spec states.
 */
public final class Profile {
  static final String RESOURCES = "io/github/airbytekit/openapi/profiles/";

  private final String version;
  private final Map<Api, Map<String, Schema>> schemas;
  private final Map<Api, Map<String, String>> requestSchemas;
  private final List<String> jobListDefaultJobTypes;

  private Profile(
      String version,
      Map<Api, Map<String, Schema>> schemas,
      Map<Api, Map<String, String>> requestSchemas,
      List<String> jobListDefaultJobTypes) {
    this.version = version;
    this.schemas = schemas;
    this.requestSchemas = requestSchemas;
    this.jobListDefaultJobTypes = jobListDefaultJobTypes;
  }

  /**
   * Loads the profile of {@code version} ({@code 1.6.0}, …, {@code latest}).
   *
   * @throws IllegalStateException if the jar has no such profile
   */
  @SuppressWarnings("unchecked")
  public static Profile load(String version) {
    Map<String, Object> json = (Map<String, Object>) read(RESOURCES + "airbyte-" + version + ".json");
    Map<Api, Map<String, Schema>> schemas = new EnumMap<>(Api.class);
    Map<Api, Map<String, String>> requests = new EnumMap<>(Api.class);
    for (Api api : Api.values()) {
      String key = api.name().toLowerCase(java.util.Locale.ROOT);
      Map<String, Schema> byName = new HashMap<>();
      ((Map<String, Object>) ((Map<String, Object>) json.get("schemas")).get(key))
          .forEach((name, schema) -> byName.put(name, Schema.parse((Map<String, Object>) schema)));
      schemas.put(api, Map.copyOf(byName));
      Map<String, String> request = new HashMap<>();
      ((Map<String, Object>) ((Map<String, Object>) json.get("operations")).get(key))
          .forEach((id, operation) -> {
            Object schema = ((Map<String, Object>) operation).get("request");
            if (schema != null) {
              request.put(id, (String) schema);
            }
          });
      requests.put(api, Map.copyOf(request));
    }
    Map<String, Object> behaviour = (Map<String, Object>) json.get("behaviour");
    return new Profile(
        (String) json.get("version"),
        schemas,
        requests,
        List.copyOf((List<String>) behaviour.get("jobListDefaultJobTypes")));
  }

  /** Reads a JSON resource of the profiles directory as maps, lists and scalars. */
  static Object read(String resource) {
    try (InputStream in = Profile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing: is airbytekit-openapi on the class path?");
      }
      return JsonReader.of(Okio.buffer(Okio.source(in))).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The version this profile describes, e.g. {@code 1.6.0} or {@code latest}. */
  public String version() {
    return version;
  }

  /** The job types {@code GET /jobs} lists without a {@code jobType} filter. */
  public List<String> jobListDefaultJobTypes() {
    return jobListDefaultJobTypes;
  }

  /** Whether the enumeration {@code schema} of {@code api} has {@code value} in this version. */
  public boolean knows(Api api, String schema, String value) {
    Schema enumeration = schemas.get(api).get(schema);
    return enumeration == null || enumeration.kind != Schema.Kind.ENUM || enumeration.values.contains(value);
  }

  /** The values of enumeration {@code schema} in this version (empty for anything else). */
  public List<String> values(Api api, String schema) {
    Schema enumeration = schemas.get(api).get(schema);
    return enumeration == null ? List.of() : enumeration.values;
  }

  /** The option of a {@code oneOf} that {@code value} is: the first whose required properties it all has. */
  Shape option(Api api, Schema choice, Object value) {
    Map<String, Object> object = JsonTree.object(value);
    for (Shape option : choice.options) {
      Schema schema = option.ref == null ? null : schema(api, option.ref);
      if (object != null && schema != null && object.keySet().containsAll(schema.required)) {
        return option;
      }
    }
    return choice.options.get(0);
  }

  @Nullable Schema schema(Api api, String name) {
    return schemas.get(api).get(name);
  }

  /** The request schema of operation {@code operationId}, or null when it has no body. */
  public @Nullable String requestSchema(Api api, String operationId) {
    return requestSchemas.get(api).get(operationId);
  }
}
