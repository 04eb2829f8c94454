package io.github.airbytekit.spectools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Derives one compatibility profile per Airbyte version from the upstream documents and our own (see
 * {@code openapi/README.md}, "Version profiles", for the format), plus {@code versions.json}.
 *
 * <pre>{@code
 * SortedMap<String, String> files = ProfileGenerator.generate(
 *     Path.of("../shared/reference"), Path.of("openapi/src/main/profiles/behaviour.yaml"),
 *     DriftCheck.OUR_PUBLIC, DriftCheck.OUR_CONFIG);
 * ProfileGenerator.write(files, Path.of("openapi/src/main/profiles"));
 * }</pre>
 *
 * <p>The same inputs always give the same bytes.
 */
public final class ProfileGenerator {
  /** The index of the profiles, next to them. */
  public static final String INDEX = "versions.json";
  /** The hand-written overlay the generator reads, next to the profiles. */
  public static final String OVERLAY = "behaviour.yaml";

  private ProfileGenerator() {}

  /** Returns the file name of a version's profile: {@code airbyte-1.4.0.json}. */
  public static String fileName(String version) {
    return "airbyte-" + version + ".json";
  }

  /**
   * Generates every profile and the index, in memory.
   *
   * @param upstreamDirectory the reference directory ({@code versions/vX.Y.Z/...} and latest at the top)
   * @param overlay {@code behaviour.yaml}: the versions to cover and the behaviour facts
   * @param oursPublic our public API document (path, URL or {@code classpath:} location); blank leaves the API out
   * @param oursConfig our Config API document; blank leaves the API out
   * @return file name to file content, sorted by name
   * @throws IllegalArgumentException if a document cannot be read, or the overlay and the directory disagree
   */
  public static SortedMap<String, String> generate(Path upstreamDirectory, Path overlay, String oursPublic, String oursConfig) {
    Objects.requireNonNull(upstreamDirectory, "upstreamDirectory == null");
    Objects.requireNonNull(overlay, "overlay == null");
    Objects.requireNonNull(oursPublic, "oursPublic == null");
    Objects.requireNonNull(oursConfig, "oursConfig == null");
    Map<String, OpenApiDocument> ours = new LinkedHashMap<>();
    if (!oursPublic.isBlank()) {
      ours.put("public", OpenApiDocument.load(oursPublic));
    }
    if (!oursConfig.isBlank()) {
      ours.put("config", OpenApiDocument.load(oursConfig));
    }
    return generate(upstreamDirectory, BehaviourOverlay.load(overlay.toString()), ours);
  }

  static SortedMap<String, String> generate(Path upstreamDirectory, BehaviourOverlay overlay, Map<String, OpenApiDocument> ours) {
    Map<String, UpstreamVersion> available = new LinkedHashMap<>();
    UpstreamVersion.discover(upstreamDirectory).forEach(v -> available.put(v.version(), v));
    for (String version : available.keySet()) {
      if (overlay.versions().stream().noneMatch(v -> v.version().equals(version))) {
        throw new IllegalArgumentException(upstreamDirectory + " has documents for " + version + ", which "
            + overlay.location() + " does not list: add it under versions (release date, source) and give it a"
            + " value under every behaviour key");
      }
    }
    SortedMap<String, String> files = new TreeMap<>();
    List<Object> index = new ArrayList<>();
    for (BehaviourOverlay.Version version : overlay.versions()) {
      UpstreamVersion upstream = available.get(version.version());
      if (upstream == null) {
        throw new IllegalArgumentException(overlay.location() + " lists version " + version.version()
            + ", but " + upstreamDirectory + " has no documents for it");
      }
      Map<String, Object> profile = new TreeMap<>();
      profile.put("version", version.version());
      profile.put("released", version.released());
      profile.put("derivedFrom", version.derivedFrom());
      Map<String, Object> operations = new TreeMap<>();
      Map<String, Object> schemas = new TreeMap<>();
      ours.forEach((api, document) -> {
        if (!upstream.has(api)) {
          throw new IllegalArgumentException("Missing upstream document " + upstream.document(api));
        }
        Side ourSide = new Side(document);
        Side upSide = new Side(OpenApiDocument.load(upstream.document(api).toString()));
        SchemaPairing pairing = new SchemaPairing(ourSide, upSide);
        operations.put(api, operations(pairing));
        schemas.put(api, schemas(pairing, new SchemaProfile(ourSide, upSide)));
      });
      profile.put("operations", operations);
      profile.put("schemas", schemas);
      profile.put("behaviour", overlay.behaviour(version.version()));
      files.put(fileName(version.version()), Json.write(profile));
      Map<String, Object> entry = new TreeMap<>();
      entry.put("version", version.version());
      entry.put("released", version.released());
      entry.put("derivedFrom", version.derivedFrom());
      entry.put("file", fileName(version.version()));
      index.add(entry);
    }
    files.put(INDEX, Json.write(Map.of("versions", index)));
    return files;
  }

  private static Map<String, Object> operations(SchemaPairing pairing) {
    Map<String, Object> out = new TreeMap<>();
    for (SchemaPairing.Matched matched : pairing.operations()) {
      Side.Operation op = matched.ours();
      Map<String, Object> entry = new TreeMap<>();
      entry.put("method", op.method().toUpperCase(Locale.ROOT));
      entry.put("path", op.path());
      entry.put("exists", matched.upstream() != null);
      entry.put("request", bodySchema(op.node().get("requestBody")));
      Object response = null;
      for (Map.Entry<String, Object> e : Nodes.map(op.node().get("responses")).entrySet()) {
        if (e.getKey().startsWith("2")) {
          response = bodySchema(e.getValue());
          break;
        }
      }
      entry.put("response", response);
      out.put(op.id(), entry);
    }
    return out;
  }

  /** Our schema name of a body: the JSON one when there are several media types; null for none or inline. */
  private static @Nullable String bodySchema(@Nullable Object node) {
    Map<String, Object> content = Nodes.map(Nodes.map(node).get("content"));
    Object media = content.containsKey("application/json")
        ? content.get("application/json")
        : content.values().stream().findFirst().orElse(null);
    return SchemaPairing.schemaName(Nodes.map(media).get("schema"));
  }

  private static Map<String, Object> schemas(SchemaPairing pairing, SchemaProfile profile) {
    Map<String, Object> out = new TreeMap<>();
    pairing.schemas().forEach((name, paired) -> out.put(name, profile.entry(paired)));
    return out;
  }

  /**
   * Writes the files into a directory and deletes profiles ({@code airbyte-*.json}) that are no longer
   * generated; other files (the overlay) are left alone.
   *
   * @return the names of the files written or deleted because their content changed
   */
  public static List<String> write(SortedMap<String, String> files, Path directory) {
    List<String> changed = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (String stale : stale(files, directory)) {
        Files.delete(directory.resolve(stale));
        changed.add(stale);
      }
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path file = directory.resolve(e.getKey());
        if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
          Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
          changed.add(e.getKey());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the profiles into " + directory, e);
    }
    return changed;
  }

  /**
   * Compares generated files with a directory's.
   *
   * @return one line per file that is missing, differs (with the first differing line) or is stale; empty
   *     when the directory is up to date
   */
  public static List<String> differences(SortedMap<String, String> files, Path directory) {
    List<String> out = new ArrayList<>();
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path file = directory.resolve(e.getKey());
        if (!Files.isRegularFile(file)) {
          out.add(e.getKey() + ": missing");
          continue;
        }
        String committed = Files.readString(file, StandardCharsets.UTF_8);
        if (!committed.equals(e.getValue())) {
          out.add(e.getKey() + ": " + firstDifference(committed, e.getValue()));
        }
      }
      for (String stale : stale(files, directory)) {
        out.add(stale + ": no longer generated (stale)");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the profiles in " + directory, e);
    }
    return out;
  }

  private static List<String> stale(SortedMap<String, String> files, Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(directory)) {
      return children
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("airbyte-") && n.endsWith(".json") && !files.containsKey(n))
          .sorted()
          .toList();
    }
  }

  private static String firstDifference(String committed, String generated) {
    String[] a = committed.split("\n", -1);
    String[] b = generated.split("\n", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      String x = i < a.length ? a[i] : "(end of file)";
      String y = i < b.length ? b[i] : "(end of file)";
      if (!x.equals(y)) {
        return "differs at line " + (i + 1) + ": committed `" + x.strip() + "`, generated `" + y.strip() + "`";
      }
    }
    return "differs in line endings";
  }
}
