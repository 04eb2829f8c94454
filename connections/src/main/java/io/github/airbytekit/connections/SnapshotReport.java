package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of {@link CloudWorkspace#snapshot}: one entry per connection, in listing order.
 *
 * <pre>{@code
 * SnapshotReport report = workspace.snapshot(Path.of("backup"), SnapshotOptions.defaults());
 * if (!report.isComplete()) report.failed().forEach(e -> System.err.println(e.getError()));
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class SnapshotReport {
  SnapshotReport() {}

  /** {@return a new builder (for tests of code that reads reports)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the snapshot directory} */
  public abstract Path getDirectory();

  /** {@return the manifest, {@code manifest.json} in the directory} */
  @Value.Derived
  public Path getManifest() {
    return getDirectory().resolve("manifest.json");
  }

  /** {@return when the run started} */
  public abstract Instant getStartedAt();

  /** {@return when the run ended} */
  public abstract Instant getFinishedAt();

  /** {@return one entry per connection covered by this run} */
  public abstract List<SnapshotEntry> getEntries();

  /** {@return the entries of connections written by this run} */
  public List<SnapshotEntry> written() {
    return withOutcome(SnapshotEntry.Outcome.WRITTEN);
  }

  /** {@return the entries of connections skipped as already complete} */
  public List<SnapshotEntry> skipped() {
    return withOutcome(SnapshotEntry.Outcome.SKIPPED);
  }

  /** {@return the entries of connections that failed} */
  public List<SnapshotEntry> failed() {
    return withOutcome(SnapshotEntry.Outcome.FAILED);
  }

  /** {@return the entries in the directory whose state and catalog could not be read without a sync in between} */
  public List<SnapshotEntry> inconsistent() {
    return getEntries().stream()
        .filter(entry -> entry.getOutcome() != SnapshotEntry.Outcome.FAILED && !entry.isConsistent())
        .toList();
  }

  /** {@return whether every connection is in the directory (none failed)} */
  public boolean isComplete() {
    return failed().isEmpty();
  }

  private List<SnapshotEntry> withOutcome(SnapshotEntry.Outcome outcome) {
    return getEntries().stream().filter(entry -> entry.getOutcome() == outcome).toList();
  }

  /** Builds a {@link SnapshotReport}; each attribute may be set once. */
  public static final class Builder extends ImmutableSnapshotReport.Builder {
    Builder() {}
  }
}
