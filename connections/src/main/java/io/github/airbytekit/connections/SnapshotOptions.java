package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link CloudWorkspace#snapshot(java.nio.file.Path, SnapshotOptions)} covers and how it runs; also the live
 * side of {@link CloudWorkspace#diffSnapshot(java.nio.file.Path, SnapshotOptions)}.
 *
 * <pre>{@code
 * SnapshotOptions options = SnapshotOptions.builder()
 *     .concurrency(8)
 *     .addConnectionIds(connectionId)        // default: every connection of the workspace
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SnapshotOptions {
  SnapshotOptions() {}

  /** {@return a new builder with the defaults: every connection, 4 workers, 3 consistency attempts} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the default options} */
  public static SnapshotOptions defaults() {
    return builder().build();
  }

  /** {@return how many connections are read at the same time (4 by default)} */
  @Value.Default
  public int getConcurrency() {
    return 4;
  }

  /**
   * The connections to snapshot, by id; each must belong to the workspace.
   *
   * @return the ids, or empty (the default) for every connection the workspace lists
   */
  public abstract List<String> getConnectionIds();

  /**
   * How often a connection is read when a sync ran while it was read (its job list changed between the reads
   * before and after); an entry still unsettled after the last attempt is written and marked inconsistent.
   *
   * @return the attempts in total, 3 by default
   */
  @Value.Default
  public int getConsistencyAttempts() {
    return 3;
  }

  /** {@return what is told about progress; {@link SnapshotListener#NONE} by default} */
  @Value.Default
  public SnapshotListener getListener() {
    return SnapshotListener.NONE;
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (getConcurrency() < 1) {
      problems.add("concurrency must be at least 1, was " + getConcurrency());
    }
    if (getConsistencyAttempts() < 1) {
      problems.add("consistencyAttempts must be at least 1, was " + getConsistencyAttempts());
    }
    for (String id : getConnectionIds()) {
      if (id.isBlank()) {
        problems.add("connectionIds must not contain a blank id");
        break;
      }
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid SnapshotOptions: " + String.join("; ", problems));
    }
  }

  /** Builds {@link SnapshotOptions}; every setting is optional and may be set once. */
  public static final class Builder extends ImmutableSnapshotOptions.Builder {
    Builder() {}
  }
}
