package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.restore.MappingFile;
import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What {@link CloudWorkspace#restore(Path, RestorePlan)} restores, into which connections, and how it runs.
 *
 * <pre>{@code
 * RestorePlan plan = RestorePlan.builder()
 *     .matchBy(RestorePlan.MatchBy.NAME)     // default: by connection id
 *     .dryRun(true)                          // report what would change; write nothing
 *     .build();
 * RestorePlan migration = RestorePlan.builder()
 *     .putAllMapping(RestorePlan.readMapping(Path.of("mapping.json")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class RestorePlan {
  RestorePlan() {}

  /** {@return a new builder with the defaults: match by id, every connection, 4 workers, writes on} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the default plan} */
  public static RestorePlan defaults() {
    return builder().build();
  }

  /** How a snapshot's connections find their target connection when no {@link #getMapping() mapping} is given. */
  public enum MatchBy {
    /** The target connection has the snapshot connection's id (a restore into the same workspace). */
    ID,
    /** The target connection has the snapshot connection's name, and is the only one with it. */
    NAME
  }

  /** {@return how connections are matched without a mapping; {@link MatchBy#ID} by default} */
  @Value.Default
  public MatchBy getMatchBy() {
    return MatchBy.ID;
  }

  /**
   * An explicit mapping, replacing {@link #getMatchBy()}: from a snapshot connection's id or name to the target
   * connection's id. Snapshot connections it does not name are skipped.
   *
   * @return the mapping, or empty (the default) to match by {@link #getMatchBy()}
   */
  public abstract Map<String, String> getMapping();

  /**
   * The snapshot connections to restore, by id or name.
   *
   * @return the connections, or empty (the default) for every connection of the snapshot
   */
  public abstract List<String> getConnections();

  /** {@return whether to report what would change without writing anything; false by default} */
  @Value.Default
  public boolean isDryRun() {
    return false;
  }

  /**
   * Whether stream states are written for streams the restored catalog does not have. By default they are
   * dropped from the state written and listed in {@link RestoreEntry#getUnwrittenStreams()}.
   *
   * @return false by default
   */
  @Value.Default
  public boolean isWriteUnknownStreamStates() {
    return false;
  }

  /** {@return how many connections are restored at the same time (4 by default)} */
  @Value.Default
  public int getConcurrency() {
    return 4;
  }

  /** {@return what is told about progress; {@link RestoreListener#NONE} by default} */
  @Value.Default
  public RestoreListener getListener() {
    return RestoreListener.NONE;
  }

  /**
   * Reads a mapping file: one JSON object from snapshot connection id or name to target connection id,
   * {@code {"<snapshot connection id or name>": "<target connection id>"}}.
   *
   * @param file the JSON file
   * @return the mapping, in the file's order
   * @throws AirbyteInputException if the file cannot be read or is not such an object (the message names the
   *     JSON path)
   */
  public static Map<String, String> readMapping(Path file) {
    Objects.requireNonNull(file, "file == null");
    return MappingFile.read(file);
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (getConcurrency() < 1) {
      problems.add("concurrency must be at least 1, was " + getConcurrency());
    }
    getMapping().forEach((from, to) -> {
      if (from.isBlank() || to.isBlank()) {
        problems.add("mapping must not contain a blank key or value (" + from + " -> " + to + ")");
      }
    });
    if (getConnections().stream().anyMatch(String::isBlank)) {
      problems.add("connections must not contain a blank id or name");
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid RestorePlan: " + String.join("; ", problems));
    }
  }

  /** Builds a {@link RestorePlan}; every setting is optional and may be set once. */
  public static final class Builder extends ImmutableRestorePlan.Builder {
    Builder() {}
  }
}
