package io.github.airbytekit.spectools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A parsed OpenAPI document (3.0 or 3.1, YAML or JSON) and where it came from.
 *
 * <p>{@code OpenApiDocument.load("https://example.com/api.yaml")} reads a URL; {@code
 * load("classpath:io/github/airbytekit/openapi/public-api.yaml")} a resource; anything else is a file
 * path.
 */
public final class OpenApiDocument {
  /** The prefix of locations read from the class path. */
  public static final String CLASSPATH_PREFIX = "classpath:";

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String location;
  private final Map<String, Object> root;

  private OpenApiDocument(String location, Map<String, Object> root) {
    this.location = location;
    this.root = root;
  }

  /**
   * Reads and parses the document at a file path, an {@code http(s)://} URL or a {@code classpath:}
   * resource.
   *
   * @throws IllegalArgumentException if it cannot be read or is not a YAML/JSON object
   */
  public static OpenApiDocument load(String location) {
    Objects.requireNonNull(location, "location == null");
    return parse(location, read(location));
  }

  /**
   * Parses document text; {@code location} only names it in messages and reports.
   *
   * @throws IllegalArgumentException if the text is not a YAML/JSON object
   */
  public static OpenApiDocument parse(String location, String text) {
    Objects.requireNonNull(location, "location == null");
    Objects.requireNonNull(text, "text == null");
    Map<String, Object> root = parseTree(location, text);
    if (!root.containsKey("paths") && !root.containsKey("openapi")) {
      throw new IllegalArgumentException(location + " is not an OpenAPI document (no openapi or paths)");
    }
    return new OpenApiDocument(location, root);
  }

  /** Parses YAML or JSON text whose top level is an object, with every key a string. */
  static Map<String, Object> parseTree(String location, String text) {
    // Upstream's Config API document is ~0.7 MB; leave plenty of room above it.
    LoadSettings settings =
        LoadSettings.builder().setLabel(location).setCodePointLimit(64 * 1024 * 1024).build();
    Object tree;
    try {
      tree = Nodes.normalize(new Load(settings).loadFromString(text));
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException("Cannot parse " + location + ": " + e.getMessage(), e);
    }
    if (!(tree instanceof Map)) {
      throw new IllegalArgumentException(location + " has no top-level object");
    }
    return Nodes.map(tree);
  }

  /** Returns where the document was read from. */
  public String location() {
    return location;
  }

  Map<String, Object> root() {
    return root;
  }

  /** Returns the {@code openapi} version string, or null when absent. */
  public @Nullable String openApiVersion() {
    return Nodes.string(root.get("openapi"));
  }

  static String read(String location) {
    try {
      if (location.startsWith(CLASSPATH_PREFIX)) {
        String resource = location.substring(CLASSPATH_PREFIX.length());
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
          loader = OpenApiDocument.class.getClassLoader();
        }
        try (InputStream in = loader.getResourceAsStream(resource)) {
          if (in == null) {
            throw new IllegalArgumentException("No class path resource " + resource);
          }
          return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
      }
      if (location.startsWith("http://") || location.startsWith("https://")) {
        return fetch(URI.create(location));
      }
      return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("Cannot read " + location + ": " + e, e);
    }
  }

  private static String fetch(URI uri) throws IOException {
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException("HTTP " + response.statusCode());
    }
    return response.body();
  }

  @Override
  public String toString() {
    return "OpenApiDocument(" + location + ")";
  }
}
