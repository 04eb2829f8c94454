package io.github.airbytekit.connections.internal.snapshot;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.SnapshotEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code manifest.json} of a snapshot directory: the airbytekit version, when it was made, and per connection what
 * was read, whether it settled, and the SHA-256 of every file. It is rewritten (whole, then moved into place) after
 * every connection, so an interrupted run leaves a manifest of what it finished, and a rerun skips those.
 */
public final class Manifest {
  /** The manifest's file name in a snapshot directory. */
  public static final String FILE = "manifest.json";
  /** The manifest's {@code format}; a restore reads only this one. */
  public static final String FORMAT = "airbytekit-snapshot/1";
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class).indent("  ");

  private final Path directory;
  private final String workspaceId;
  private final String createdAt;
  private final Map<String, Map<String, Object>> connections;

  private Manifest(Path directory, String workspaceId, String createdAt,
      Map<String, Map<String, Object>> connections) {
    this.directory = directory;
    this.workspaceId = workspaceId;
    this.createdAt = createdAt;
    this.connections = connections;
  }

  /** The manifest in {@code directory}, or a new one when there is none. */
  @SuppressWarnings("unchecked")
  static Manifest load(Path directory, String workspaceId, Instant now) {
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return new Manifest(directory, workspaceId, now.toString(), new LinkedHashMap<>());
    }
    Object parsed;
    try {
      parsed = JSON.fromJson(Files.readString(file));
    } catch (IOException | RuntimeException e) {
      throw new AirbyteInputException("Cannot read the snapshot manifest " + file + ": " + e.getMessage(), e);
    }
    if (!(parsed instanceof Map) || !FORMAT.equals(((Map<String, Object>) parsed).get("format"))) {
      throw new AirbyteInputException("Not an airbytekit snapshot manifest (no \"format\": \"" + FORMAT + "\"): "
          + file + "; choose an empty directory.");
    }
    Map<String, Object> root = (Map<String, Object>) parsed;
    Object previousWorkspace = root.get("workspaceId");
    if (previousWorkspace != null && !workspaceId.equalsIgnoreCase(previousWorkspace.toString())) {
      throw new AirbyteInputException("The snapshot in " + directory + " is of workspace " + previousWorkspace
          + ", not " + workspaceId + "; choose another directory.");
    }
    Map<String, Map<String, Object>> connections = new LinkedHashMap<>();
    Object listed = root.get("connections");
    if (listed instanceof Map) {
      ((Map<String, Object>) listed).forEach((id, entry) -> {
        if (entry instanceof Map) {
          connections.put(id, new LinkedHashMap<>((Map<String, Object>) entry));
        }
      });
    }
    Object created = root.get("createdAt");
    return new Manifest(directory, workspaceId, created == null ? now.toString() : created.toString(), connections);
  }

  /** The entry of {@code connectionId} when it was written and each of its files still has its checksum. */
  synchronized Optional<SnapshotEntry> complete(String connectionId) {
    Map<String, Object> entry = connections.get(connectionId);
    if (entry == null || !"written".equals(entry.get("outcome")) || !(entry.get("files") instanceof Map)) {
      return Optional.empty();
    }
    Map<String, String> files = files(entry);
    if (files.isEmpty()) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> file : files.entrySet()) {
      if (!SnapshotFiles.checksum(directory, file.getKey()).equals(Optional.of(file.getValue()))) {
        return Optional.empty();
      }
    }
    return Optional.of(SnapshotEntry.builder()
        .connectionId(connectionId)
        .name(Objects.toString(entry.get("name"), ""))
        .outcome(SnapshotEntry.Outcome.SKIPPED)
        .consistent(!Boolean.FALSE.equals(entry.get("consistent")))
        .putAllFiles(files)
        .build());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> files(Map<String, Object> entry) {
    Map<String, String> files = new LinkedHashMap<>();
    ((Map<String, Object>) entry.get("files")).forEach((name, sha) -> files.put(name, Objects.toString(sha)));
    return files;
  }

  /** Records a connection written by this run. */
  void written(SnapshotEntry entry, ConnectionReader.Read read, Instant readAt) {
    Map<String, Object> record = base(entry);
    record.put("readAt", readAt.toString());
    record.put("consistent", entry.isConsistent());
    record.put("attempts", entry.getAttempts());
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("stateType", read.stateType());
    what.put("catalog", read.catalogJson() != null);
    what.put("catalogStreams", read.streams());
    what.put("settings", true);
    record.put("read", what);
    record.put("files", new LinkedHashMap<>(entry.getFiles()));
    put(entry.getConnectionId(), record);
  }

  /** Records a connection that failed in this run (a rerun tries it again). */
  void failed(SnapshotEntry entry, Instant at) {
    Map<String, Object> record = base(entry);
    record.put("failedAt", at.toString());
    record.put("error", Objects.toString(entry.getError(), ""));
    put(entry.getConnectionId(), record);
  }

  private static Map<String, Object> base(SnapshotEntry entry) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("name", entry.getName());
    record.put("outcome", entry.getOutcome() == SnapshotEntry.Outcome.FAILED ? "failed" : "written");
    return record;
  }

  private synchronized void put(String connectionId, Map<String, Object> record) {
    connections.put(connectionId, record);
  }

  /** Rewrites {@code manifest.json} with everything recorded so far. */
  synchronized void save(Instant now) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("format", FORMAT);
    root.put("airbytekitVersion", Versions.airbytekit());
    root.put("workspaceId", workspaceId);
    root.put("createdAt", createdAt);
    root.put("updatedAt", now.toString());
    root.put("connections", new TreeMap<>(connections)); // by id: the same workspace gives the same manifest
    SnapshotFiles.write(directory, FILE, JSON.toJson(root) + "\n");
  }
}
