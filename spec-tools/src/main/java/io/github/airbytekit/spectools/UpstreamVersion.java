package io.github.airbytekit.spectools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One Airbyte version's pair of upstream documents in a reference directory laid out as
 * {@code versions/vX.Y.Z/airbyte-{public,config}-api.yaml}, with today's documents ("latest") as
 * {@code airbyte-{public,config}-api.yaml} at the top.
 *
 * <p>{@code UpstreamVersion.discover(Path.of("../shared/reference"))} lists them oldest first, latest last.
 *
 * @param version {@code 1.4.0}, or {@link #LATEST}
 * @param directory the directory holding that version's documents
 */
public record UpstreamVersion(String version, Path directory) {
  /** The name of today's documents, which sort after every numbered version. */
  public static final String LATEST = "latest";

  private static final Pattern NUMBERED = Pattern.compile("v(\\d+(?:\\.\\d+)*)");

  /** Checks that no component is null. */
  public UpstreamVersion {
    Objects.requireNonNull(version, "version == null");
    Objects.requireNonNull(directory, "directory == null");
  }

  /**
   * Lists the versions under a reference directory: every {@code versions/vX.Y.Z} directory in version
   * order, then latest when the top holds an {@code airbyte-*-api.yaml}.
   *
   * @throws IllegalArgumentException if the directory does not exist or holds no version at all
   */
  public static List<UpstreamVersion> discover(Path directory) {
    Objects.requireNonNull(directory, "directory == null");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("Upstream directory " + directory + " does not exist");
    }
    List<UpstreamVersion> out = new ArrayList<>();
    Path versions = directory.resolve("versions");
    if (Files.isDirectory(versions)) {
      try (Stream<Path> children = Files.list(versions)) {
        children
            .filter(Files::isDirectory)
            .filter(p -> NUMBERED.matcher(p.getFileName().toString()).matches())
            .map(p -> new UpstreamVersion(p.getFileName().toString().substring(1), p))
            .sorted(Comparator.comparing(UpstreamVersion::version, UpstreamVersion::compareNumbers))
            .forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot list " + versions, e);
      }
    }
    UpstreamVersion latest = new UpstreamVersion(LATEST, directory);
    if (latest.has("public") || latest.has("config")) {
      out.add(latest);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("No upstream documents under " + directory
          + ": expected versions/vX.Y.Z/airbyte-{public,config}-api.yaml and/or airbyte-{public,config}-api.yaml");
    }
    return out;
  }

  private static int compareNumbers(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Returns the upstream document of one API, e.g. {@code versions/v1.4.0/airbyte-public-api.yaml}. */
  public Path document(String api) {
    return directory.resolve("airbyte-" + api + "-api.yaml");
  }

  /** Returns whether this version has a document for the API. */
  public boolean has(String api) {
    return Files.isRegularFile(document(api));
  }

  /** Returns how reports name the version: {@code v1.4.0} or {@code latest}. */
  public String label() {
    return version.equals(LATEST) ? LATEST : "v" + version;
  }
}
