package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.RestoreEntry;
import io.github.airbytekit.connections.RestoreListener;
import io.github.airbytekit.connections.RestorePlan;
import io.github.airbytekit.connections.RestoreReport;
import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.connections.internal.JobCalls;
import io.github.airbytekit.connections.internal.snapshot.SharedRateLimiter;
import io.github.airbytekit.connections.internal.snapshot.Workers;
import io.github.airbytekit.domain.AirbyteException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

  private final String workspaceId;
  private final ConfigCalls config;
  private final JobCalls jobs;
  private final SharedRateLimiter limiter;
  private final Clock clock;

  /** A runner writing through {@code config}, reading jobs through {@code jobs}, each after {@code limiter}. */
  public RestoreRunner(String workspaceId, ConfigCalls config, JobCalls jobs, SharedRateLimiter limiter,
      Clock clock) {
    this.workspaceId = workspaceId;
    this.config = config;
    this.jobs = jobs;
    this.limiter = limiter;
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
    List<Matching.Pair> pairs = new Matching(workspaceId, targets.stream()
        .map(t -> new Matching.Listed(t.id(), t.name())).toList()).pair(snapshot, plan);
    ConnectionRestorer restorer = new ConnectionRestorer(workspaceId, config, jobs, limiter, plan);
    Progress progress = new Progress(plan.getListener(), pairs.size());
    progress.started();
    RestoreEntry[] entries = new RestoreEntry[pairs.size()];
    AtomicBoolean stopping = new AtomicBoolean();
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(plan.getConcurrency(),
        pairs.size())), Workers.named("airbytekit-restore"));
    for (int i = 0; i < pairs.size(); i++) {
      int index = i;
      workers.execute(() -> {
        if (stopping.get()) {
          return;
        }
        entries[index] = restorer.restore(pairs.get(index));
        progress.finished(entries[index]);
      });
    }
    workers.shutdown();
    try {
      while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
        // keep waiting: each worker ends when its requests do (every request has a timeout)
      }
    } catch (InterruptedException e) {
      stopping.set(true);
      awaitStopped(workers);
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

  /** Waits (at most ten minutes, however often interrupted) for the connections under way. */
  private static void awaitStopped(ExecutorService workers) {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (System.nanoTime() < deadline) {
      try {
        if (workers.awaitTermination(1, TimeUnit.SECONDS)) {
          return;
        }
      } catch (InterruptedException again) {
        // keep waiting: interrupting a worker could leave its connection half restored
      }
    }
  }

  /** Tells the listener, one call at a time; what it throws is logged and ignored. */
  private static final class Progress {
    private final RestoreListener listener;
    private final int total;
    private final AtomicInteger done = new AtomicInteger();

    Progress(RestoreListener listener, int total) {
      this.listener = listener;
      this.total = total;
    }

    synchronized void started() {
      try {
        listener.started(total);
      } catch (RuntimeException e) {
        LOG.warn("Restore listener {} failed in started: {}", listener.getClass().getName(), e.toString());
      }
    }

    synchronized void finished(RestoreEntry entry) {
      if (entry.getOutcome() != RestoreEntry.Outcome.RESTORED && entry.getOutcome() != RestoreEntry.Outcome.PLANNED) {
        LOG.warn("Restore of {}: {} ({})", entry.getSnapshotConnectionId(), entry.getOutcome(), entry.getReason());
      }
      try {
        listener.entryFinished(entry, done.incrementAndGet(), total);
      } catch (RuntimeException e) {
        LOG.warn("Restore listener {} failed in entryFinished: {}", listener.getClass().getName(), e.toString());
      }
    }
  }
}
