package io.github.airbytekit.spectools;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;

/** The hand-written spec pairs under src/test/resources/drift/NAME/{ours,upstream}.yaml. */
final class Pairs {
  private Pairs() {}

  static Path ours(String pair) {
    return resource("drift/" + pair + "/ours.yaml");
  }

  static Path upstream(String pair) {
    return resource("drift/" + pair + "/upstream.yaml");
  }

  static Path resource(String name) {
    URL url = Pairs.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new AssertionError("missing test resource " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** Compares a pair and renders each finding as {@code SEVERITY KIND where: message}. */
  static List<String> findings(String pair) {
    return DriftChecker.compare(
            "public",
            OpenApiDocument.load(ours(pair).toString()),
            OpenApiDocument.load(upstream(pair).toString()))
        .stream()
        .map(f -> f.severity() + " " + f.kind() + " " + f.where() + ": " + f.message())
        .toList();
  }
}
