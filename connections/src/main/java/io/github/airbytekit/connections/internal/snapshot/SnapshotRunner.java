package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.SnapshotEntry;
import io.github.airbytekit.connections.SnapshotOptions;
import io.github.airbytekit.connections.SnapshotReport;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.domain.AirbyteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a snapshot: a bounded pool of workers reads the connections not yet complete in the directory, writes each
 * one's files and records it in the manifest as soon as it is done. A connection that fails is recorded as failed
 * and the others go on.
 */
public final class SnapshotRunner {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.airbytekit.snapshot");

  /**
   * A connection to snapshot.
   *
   * @param connectionId its id
   * @param name its name, or {@code ""}
   * @param problem why it cannot be read (such as not being a connection of the workspace), or null
   */
  public record Target(String connectionId, String name, @Nullable String problem) {}

  private final WorkerCalls calls;
  private final Clock clock;
  private final Sleeper sleeper;

  /** A runner reading through {@code calls}, pausing between attempts with {@code sleeper}. */
  public SnapshotRunner(WorkerCalls calls, Clock clock, Sleeper sleeper) {
    this.calls = calls;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /**
   * Snapshots {@code targets} into {@code directory}.
   *
   * @throws AirbyteException if the directory or its manifest cannot be used, or the calling thread is interrupted
   *     (the manifest then lists what was finished, so a rerun resumes)
   */
  public SnapshotReport run(Path directory, List<Target> targets, SnapshotOptions options) {
    Instant started = clock.instant();
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new AirbyteException("Cannot create the snapshot directory " + directory + ": " + e, e);
    }
    Manifest manifest = Manifest.load(directory, calls.workspaceId(), started);
    ConnectionReader reader = new ConnectionReader(calls, sleeper,
        options.getConsistencyAttempts());
    ListenerCalls<SnapshotEntry> progress = new ListenerCalls<>(options.getListener(),
        options.getListener()::started, options.getListener()::entryFinished, targets.size());
    progress.started();
    SnapshotEntry[] entries = new SnapshotEntry[targets.size()];
    try {
      Workers.runAll("airbytekit-snapshot", options.getConcurrency(), Workers.OnInterrupt.INTERRUPT_TASKS,
          targets.size(), index -> {
        try {
          entries[index] = snapshot(directory, targets.get(index), reader, manifest);
        } catch (RuntimeException e) { // the manifest could not be written: the entry is redone by a rerun
          LOG.warn("Snapshot of connection {} not recorded: {}", targets.get(index).connectionId(), e.toString());
          return;
        }
        progress.finished(entries[index]);
      });
    } catch (InterruptedException e) {
      manifest.save(clock.instant()); // before the interrupt flag is set again: it closes NIO channels
      Thread.currentThread().interrupt();
      long done = Arrays.stream(entries).filter(entry -> entry != null).count();
      throw new AirbyteException("Snapshot into " + directory + " interrupted after " + done + " of "
          + targets.size() + " connections; run it again to resume.", e);
    }
    manifest.save(clock.instant());
    List<SnapshotEntry> report = new ArrayList<>();
    for (SnapshotEntry entry : entries) {
      if (entry != null) { // null: its manifest update failed (logged); a rerun redoes it
        report.add(entry);
      }
    }
    return SnapshotReport.builder()
        .directory(directory)
        .startedAt(started)
        .finishedAt(clock.instant())
        .addAllEntries(report)
        .build();
  }

  private SnapshotEntry snapshot(Path directory, Target target, ConnectionReader reader, Manifest manifest) {
    String id = target.connectionId();
    SnapshotEntry.Builder entry = SnapshotEntry.builder().connectionId(id).name(target.name());
    if (target.problem() != null) {
      return failed(entry, "Connection " + id + ": " + target.problem(), manifest);
    }
    SnapshotEntry previous = manifest.complete(id).orElse(null);
    if (previous != null) {
      return previous;
    }
    try {
      ConnectionReader.Read read = reader.read(id);
      entry.outcome(SnapshotEntry.Outcome.WRITTEN).consistent(read.consistent()).attempts(read.attempts());
      entry.putFiles(id + "/state.json", SnapshotFiles.write(directory, id + "/state.json", read.stateJson()));
      if (read.catalogJson() != null) {
        entry.putFiles(id + "/catalog.json", SnapshotFiles.write(directory, id + "/catalog.json",
            read.catalogJson()));
      }
      entry.putFiles(id + "/settings.json",
          SnapshotFiles.write(directory, id + "/settings.json", read.settingsJson()));
      SnapshotEntry written = entry.build();
      if (!written.isConsistent()) {
        LOG.warn("Connection {}: a sync ran while its state and catalog were read, {} times; written and marked"
            + " inconsistent", id, read.attempts());
      }
      manifest.written(written, read, clock.instant());
      manifest.save(clock.instant());
      return written;
    } catch (RuntimeException e) {
      return failed(entry, "Connection " + id + ": " + e.getMessage(), manifest);
    }
  }

  private SnapshotEntry failed(SnapshotEntry.Builder entry, String error, Manifest manifest) {
    SnapshotEntry failed = entry.outcome(SnapshotEntry.Outcome.FAILED).error(error).build();
    LOG.warn("Snapshot: {}", error);
    manifest.failed(failed, clock.instant());
    manifest.save(clock.instant());
    return failed;
  }
}
