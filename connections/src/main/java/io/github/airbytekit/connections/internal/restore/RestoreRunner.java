package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.RestoreEntry;
import io.github.airbytekit.connections.RestorePlan;
import io.github.airbytekit.connections.RestoreReport;
import io.github.airbytekit.connections.internal.snapshot.ListenerCalls;
import io.github.airbytekit.connections.internal.snapshot.WorkerCalls;
import io.github.airbytekit.connections.internal.snapshot.Workers;
import io.github.airbytekit.domain.AirbyteException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a restore: reads and checks the whole snapshot, pairs its connections with the target's, then a bounded
 * pool of workers restores them, each one all-or-nothing. A connection that fails, is locked or is skipped is
 * reported and the others go on. An interrupt lets the connections under way finish (none is left half
 * restored) and starts no other.
 */
public final class RestoreRunner {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.airbytekit.restore");

  /**
   * A connection of the target workspace, as listed.
   *
   * @param id its id
   * @param name its name, or {@code ""}
   */
  public record Target(String id, String name) {}

  private final WorkerCalls calls;
  private final Clock clock;

  /** A runner reading and writing through {@code calls}. */
  public RestoreRunner(WorkerCalls calls, Clock clock) {
    this.calls = calls;
    this.clock = clock;
  }

  /**
   * Restores the snapshot in {@code directory} into the connections of {@code targets}.
   *
   * @throws io.github.airbytekit.connections.AirbyteInputException if the directory holds no snapshot, or the
   *     plan names a connection the snapshot does not have (nothing is written)
   * @throws AirbyteException if the calling thread is interrupted (the report of finished connections is lost;
   *     no connection is left half restored)
   */
  public RestoreReport run(Path directory, List<Target> targets, RestorePlan plan) {
    Instant started = clock.instant();
    List<SnapshotSource.Connection> snapshot = SnapshotSource.read(directory);
    List<Matching.Pair> pairs = new Matching(calls.workspaceId(), targets.stream()
        .map(t -> new Matching.Listed(t.id(), t.name())).toList()).pair(snapshot, plan);
    ConnectionRestorer restorer = new ConnectionRestorer(calls, plan);
    ListenerCalls<RestoreEntry> progress = new ListenerCalls<>(plan.getListener(), plan.getListener()::started,
        plan.getListener()::entryFinished, pairs.size());
    progress.started();
    RestoreEntry[] entries = new RestoreEntry[pairs.size()];
    try {
      Workers.runAll("airbytekit-restore", plan.getConcurrency(), Workers.OnInterrupt.FINISH_TASKS, pairs.size(),
          index -> {
            entries[index] = restorer.restore(pairs.get(index));
            logUnlessRestored(entries[index]);
            progress.finished(entries[index]);
          });
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      long done = Arrays.stream(entries).filter(Objects::nonNull).count();
      throw new AirbyteException("Restore from " + directory + " interrupted after " + done + " of "
          + pairs.size() + " connections; the connections under way were finished, no other was started.", e);
    }
    List<RestoreEntry> report = new ArrayList<>(Arrays.asList(entries));
    return RestoreReport.builder()
        .directory(directory)
        .dryRun(plan.isDryRun())
        .startedAt(started)
        .finishedAt(clock.instant())
        .addAllEntries(report)
        .build();
  }

  private static void logUnlessRestored(RestoreEntry entry) {
    if (entry.getOutcome() != RestoreEntry.Outcome.RESTORED && entry.getOutcome() != RestoreEntry.Outcome.PLANNED) {
      LOG.warn("Restore of {}: {} ({})", entry.getSnapshotConnectionId(), entry.getOutcome(), entry.getReason());
    }
  }
}
