package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.AirbyteInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A snapshot directory read into memory: the connections its manifest lists as written, in manifest order. */
public final class SnapshotDirectory {
  private final Path directory;
  private final @Nullable String workspaceId;
  private final Map<String, SnapshotSide> sides;

  private SnapshotDirectory(Path directory, @Nullable String workspaceId, Map<String, SnapshotSide> sides) {
    this.directory = directory;
    this.workspaceId = workspaceId;
    this.sides = Collections.unmodifiableMap(sides);
  }

  /**
   * Reads the snapshot in {@code directory}.
   *
   * @throws AirbyteInputException if it has no readable manifest or a file is not what it should be
   */
  @SuppressWarnings("unchecked")
  public static SnapshotDirectory read(Path directory) {
    Path file = directory.resolve(Manifest.FILE);
    Map<String, Object> manifest = SnapshotSide.object(text(file), file.toString());
    if (!Manifest.FORMAT.equals(manifest.get("format")) || !(manifest.get("connections") instanceof Map)) {
      throw new AirbyteInputException("Not an airbytekit snapshot: " + file);
    }
    Map<String, SnapshotSide> sides = new LinkedHashMap<>();
    ((Map<String, Object>) manifest.get("connections")).forEach((id, value) -> {
      Map<String, Object> entry = (Map<String, Object>) value;
      if ("written".equals(entry.get("outcome"))) {
        Path catalog = directory.resolve(id + "/catalog.json");
        sides.put(id, SnapshotSide.parse(Objects.toString(entry.get("name"), ""),
            text(directory.resolve(id + "/state.json")), Files.exists(catalog) ? text(catalog) : null,
            text(directory.resolve(id + "/settings.json")), directory.resolve(id + "/settings.json").toString()));
      }
    });
    Object workspace = manifest.get("workspaceId");
    return new SnapshotDirectory(directory, workspace == null ? null : workspace.toString(), sides);
  }

  /**
   * Refuses a snapshot of another workspace than {@code expected}: its connection ids cannot be in that one.
   *
   * @throws AirbyteInputException naming both workspaces
   */
  public void requireWorkspace(String expected) {
    if (workspaceId != null && !workspaceId.equalsIgnoreCase(expected)) {
      throw new AirbyteInputException("The snapshot in " + directory + " is of workspace " + workspaceId
          + ", not " + expected + "; compare it with the workspace it was taken of.");
    }
  }

  /** {@return the directory} */
  public Path path() {
    return directory;
  }

  /** The written connections by id. */
  Map<String, SnapshotSide> sides() {
    return sides;
  }

  private static String text(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new AirbyteInputException("Cannot read " + file + " of a snapshot: " + e, e);
    }
  }
}
