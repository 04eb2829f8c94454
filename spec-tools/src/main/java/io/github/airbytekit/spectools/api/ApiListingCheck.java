package io.github.airbytekit.spectools.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a listing with its committed file. With the system property {@value #UPDATE} set to {@code true} it
 * writes the file instead, so that accepting an API change is one command and one reviewed diff.
 *
 * <pre>{@code
 * ApiListingCheck.assertUpToDate(ApiListing.ofModule(jar).render(loader), Path.of("connections/api/x.api"));
 * }</pre>
 */
public final class ApiListingCheck {
  /** The system property that accepts the current API: {@code -Dairbytekit.updateApi=true}. */
  public static final String UPDATE = "airbytekit.updateApi";

  private ApiListingCheck() {}

  /**
   * Fails unless {@code committed} holds exactly {@code listing}; with {@value #UPDATE}, writes it instead.
   *
   * @param listing the rendered listing
   * @param committed the committed {@code .api} file
   * @throws AssertionError naming the lines that were added and removed, and how to accept them
   */
  public static void assertUpToDate(String listing, Path committed) {
    if (Boolean.getBoolean(UPDATE)) {
      write(listing, committed);
      return;
    }
    String current = Files.isRegularFile(committed) ? read(committed) : "";
    if (current.equals(listing)) {
      return;
    }
    throw new AssertionError("The public API differs from " + committed + ":\n" + difference(current, listing)
        + "If the change is deliberate, run with -D" + UPDATE + "=true to accept it, and commit the file.");
  }

  /** {@code - removed} and {@code + added} lines; a member line names its type, so it reads on its own. */
  static String difference(String before, String after) {
    Set<String> old = qualifiedLines(before);
    Set<String> now = qualifiedLines(after);
    List<String> lines = new ArrayList<>();
    for (String line : old) {
      if (!now.contains(line)) {
        lines.add("- " + line);
      }
    }
    for (String line : now) {
      if (!old.contains(line)) {
        lines.add("+ " + line);
      }
    }
    return lines.isEmpty() ? "(only the order or blank lines changed)\n" : String.join("\n", lines) + "\n";
  }

  /** Type declarations as they are, members as {@code declaration :: member}. */
  private static Set<String> qualifiedLines(String listing) {
    Set<String> lines = new LinkedHashSet<>();
    String type = "";
    for (String line : listing.lines().toList()) {
      if (line.isBlank() || line.equals("}")) {
        continue;
      }
      if (line.startsWith("  ")) {
        lines.add(type + " :: " + line.strip());
      } else {
        type = line.endsWith(" {") ? line.substring(0, line.length() - 2) : line;
        lines.add(type);
      }
    }
    return lines;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(String listing, Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, listing, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
