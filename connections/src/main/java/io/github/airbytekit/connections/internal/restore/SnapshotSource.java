package io.github.airbytekit.connections.internal.restore;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.internal.snapshot.Manifest;
import io.github.airbytekit.connections.internal.snapshot.SnapshotFiles;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A snapshot directory as a restore reads it: the manifest (its format checked) and per connection its state and
 * catalog, each file checked against the manifest's SHA-256 before anything is written anywhere.
 */
final class SnapshotSource {
  private static final JsonAdapter<Object> JSON = new Moshi.Builder().build().adapter(Object.class);

  private SnapshotSource() {}

  /**
   * One connection of the snapshot.
   *
   * @param id its id in the snapshot
   * @param name its name, or {@code ""}
   * @param skip why it has nothing to restore (it failed when snapshotted), or null
   * @param problem why its files cannot be used (a file is missing, changed or unreadable), or null
   * @param state its state, when neither skip nor problem
   * @param catalog its catalog, or null when it has none
   */
  record Connection(String id, String name, @Nullable String skip, @Nullable String problem,
      @Nullable ConnectionState state, @Nullable SyncCatalog catalog) {}

  /**
   * Reads every connection of the snapshot in {@code directory}, in the manifest's order.
   *
   * @throws AirbyteInputException if there is no manifest or it is not one of an airbytekit snapshot
   */
  @SuppressWarnings("unchecked")
  static List<Connection> read(Path directory) {
    Path file = directory.resolve(Manifest.FILE);
    Object parsed;
    try {
      parsed = JSON.fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      throw new AirbyteInputException("Cannot read the snapshot manifest " + file + ": " + e.getMessage()
          + ". Nothing was restored.", e);
    }
    if (!(parsed instanceof Map) || !Manifest.FORMAT.equals(((Map<String, Object>) parsed).get("format"))) {
      throw new AirbyteInputException("Not an airbytekit snapshot manifest (no \"format\": \"" + Manifest.FORMAT
          + "\"): " + file + ". Nothing was restored.");
    }
    Object listed = ((Map<String, Object>) parsed).get("connections");
    if (!(listed instanceof Map)) {
      throw new AirbyteInputException("The snapshot manifest " + file + " has no \"connections\" object at"
          + " $.connections. Nothing was restored.");
    }
    List<Connection> connections = new ArrayList<>();
    ((Map<String, Object>) listed).forEach((id, entry) -> connections.add(connection(directory, id, entry)));
    return connections;
  }

  @SuppressWarnings("unchecked")
  private static Connection connection(Path directory, String id, @Nullable Object listed) {
    if (!(listed instanceof Map)) {
      return new Connection(id, "", null, "the manifest's $.connections['" + id + "'] is not an object", null,
          null);
    }
    Map<String, Object> entry = (Map<String, Object>) listed;
    String name = Objects.toString(entry.get("name"), "");
    if (!"written".equals(entry.get("outcome"))) {
      return new Connection(id, name, "not in the snapshot: it failed when snapshotted ("
          + Objects.toString(entry.get("error"), "no error recorded") + ")", null, null, null);
    }
    if (!(entry.get("files") instanceof Map)) {
      return problem(id, name, "the manifest's $.connections['" + id + "'].files is not an object");
    }
    Map<String, Object> files = (Map<String, Object>) entry.get("files");
    String stateFile = id + "/state.json";
    String catalogFile = id + "/catalog.json";
    if (!files.containsKey(stateFile)) {
      return problem(id, name, "the manifest lists no " + stateFile);
    }
    for (Map.Entry<String, Object> listedFile : files.entrySet()) {
      String relative = listedFile.getKey();
      Path path = directory.resolve(relative).normalize();
      if (!path.startsWith(directory.normalize())) {
        return problem(id, name, "the manifest lists " + relative + ", outside the snapshot directory");
      }
      String expected = Objects.toString(listedFile.getValue());
      String actual = SnapshotFiles.checksum(directory, relative).orElse(null);
      if (actual == null) {
        return problem(id, name, "file " + relative + " is missing or unreadable");
      }
      if (!actual.equalsIgnoreCase(expected)) {
        return problem(id, name, "file " + relative + " does not match the manifest's SHA-256 (" + expected
            + "; the file's is " + actual + "): it was changed or is corrupt");
      }
    }
    String reading = stateFile;
    try {
      ConnectionState state = AirbyteJson.connectionState().read(text(directory, stateFile));
      reading = catalogFile;
      SyncCatalog catalog = files.containsKey(catalogFile)
          ? AirbyteJson.syncCatalog().read(text(directory, catalogFile)) : null;
      return new Connection(id, name, null, null, state, catalog);
    } catch (IOException | RuntimeException e) {
      return problem(id, name, "file " + reading + " cannot be read: " + e.getMessage());
    }
  }

  private static String text(Path directory, String relative) throws IOException {
    return Files.readString(directory.resolve(relative), StandardCharsets.UTF_8);
  }

  private static Connection problem(String id, String name, String problem) {
    return new Connection(id, name, null, problem + "; nothing was written", null, null);
  }
}
