package io.github.airbytekit.testkit.support;

import com.squareup.moshi.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import okio.Okio;

/** Reads the committed version profiles of the airbytekit-openapi jar, for tests that compare against them. */
public final class VersionProfiles {
  private VersionProfiles() {}

  @SuppressWarnings("unchecked")
  public static Map<String, Object> schema(String version, String api, String name) {
    Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) profile(version).get("schemas")).get(api);
    Map<String, Object> schema = (Map<String, Object>) schemas.get(name);
    if (schema == null) {
      throw new IllegalArgumentException("profile " + version + " has no " + api + " schema " + name);
    }
    return schema;
  }

  /** The properties {@code version} requires in a schema. */
  @SuppressWarnings("unchecked")
  public static Set<String> required(String version, String api, String name) {
    return new TreeSet<>((List<String>) schema(version, api, name).getOrDefault("required", List.of()));
  }

  @SuppressWarnings("unchecked")
  public static Map<String, Object> profile(String version) {
    String resource = "io/github/airbytekit/openapi/profiles/airbyte-" + version + ".json";
    try (InputStream in = VersionProfiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " not on the test class path");
      }
      return (Map<String, Object>) JsonReader.of(Okio.buffer(Okio.source(in))).readJsonValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
