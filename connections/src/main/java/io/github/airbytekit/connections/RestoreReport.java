package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * The outcome of {@link CloudWorkspace#restore}: one entry per snapshot connection, in the manifest's order.
 *
 * <pre>{@code
 * RestoreReport report = workspace.restore(Path.of("backup"), RestorePlan.defaults());
 * report.locked().forEach(e -> System.err.println(e.getSnapshotName() + ": " + e.getReason()));
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class RestoreReport {
  RestoreReport() {}

  /** {@return a new builder (for tests of code that reads reports)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the snapshot directory} */
  public abstract Path getDirectory();

  /** {@return whether this was a dry run (nothing written)} */
  public abstract boolean isDryRun();

  /** {@return when the run started} */
  public abstract Instant getStartedAt();

  /** {@return when the run ended} */
  public abstract Instant getFinishedAt();

  /** {@return one entry per snapshot connection covered} */
  public abstract List<RestoreEntry> getEntries();

  /**
   * The entries with {@code outcome}.
   *
   * @param outcome the outcome
   * @return those entries, in report order
   */
  public List<RestoreEntry> withOutcome(RestoreEntry.Outcome outcome) {
    return getEntries().stream().filter(entry -> entry.getOutcome() == outcome).toList();
  }

  /** {@return the entries restored} */
  public List<RestoreEntry> restored() {
    return withOutcome(RestoreEntry.Outcome.RESTORED);
  }

  /** {@return the entries skipped (not matched, or without data in the snapshot)} */
  public List<RestoreEntry> skipped() {
    return withOutcome(RestoreEntry.Outcome.SKIPPED);
  }

  /** {@return the entries whose target was running a sync} */
  public List<RestoreEntry> locked() {
    return withOutcome(RestoreEntry.Outcome.LOCKED);
  }

  /** {@return the entries rolled back} */
  public List<RestoreEntry> rolledBack() {
    return withOutcome(RestoreEntry.Outcome.ROLLED_BACK);
  }

  /** {@return the entries that failed} */
  public List<RestoreEntry> failed() {
    return withOutcome(RestoreEntry.Outcome.FAILED);
  }

  /** {@return whether every matched connection was restored or planned (none locked, rolled back or failed)} */
  public boolean isComplete() {
    return locked().isEmpty() && rolledBack().isEmpty() && failed().isEmpty();
  }

  /** Builds a {@link RestoreReport}; each attribute may be set once. */
  public static final class Builder extends ImmutableRestoreReport.Builder {
    Builder() {}
  }
}
