package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * What a snapshot did with one connection, as listed in its {@code manifest.json}.
 *
 * <pre>{@code
 * for (SnapshotEntry entry : report.getEntries()) {
 *   if (entry.getOutcome() == SnapshotEntry.Outcome.FAILED) System.err.println(entry.getError());
 * }
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SnapshotEntry {
  SnapshotEntry() {}

  /** {@return a new builder (for tests of code that reads reports)} */
  public static Builder builder() {
    return new Builder();
  }

  /** What happened to a connection. */
  public enum Outcome {
    /** Read and written by this run. */
    WRITTEN,
    /** Read into memory by a live diff ({@link CloudWorkspace#diffSnapshot}); no file is written. */
    READ,
    /** Already complete in the directory (files and checksums match the manifest): not read again. */
    SKIPPED,
    /** Not written; {@link #getError()} says why. A rerun tries it again. */
    FAILED
  }

  /** {@return the connection id} */
  public abstract String getConnectionId();

  /** {@return the connection's name as listed, or {@code ""}} */
  @Value.Default
  public String getName() {
    return "";
  }

  /** {@return what happened} */
  public abstract Outcome getOutcome();

  /**
   * Whether state and catalog were read with no job starting or ending in between (the connection's newest job
   * was the same, and not running, before and after); for a skipped entry, whether it was when written.
   *
   * @return false when a sync kept running or changing over every attempt; true for failed entries
   */
  @Value.Default
  public boolean isConsistent() {
    return true;
  }

  /** {@return how often the connection was read (0 when skipped)} */
  @Value.Default
  public int getAttempts() {
    return 0;
  }

  /** {@return the files written for the connection, relative to the snapshot directory, to their SHA-256 (hex)} */
  public abstract Map<String, String> getFiles();

  /** {@return why the connection failed, or null} */
  public abstract @Nullable String getError();

  /** Builds a {@link SnapshotEntry}; each attribute may be set once. */
  public static final class Builder extends ImmutableSnapshotEntry.Builder {
    Builder() {}
  }
}
