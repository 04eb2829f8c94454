package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotEntry;
import io.github.airbytekit.connections.SnapshotOptions;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.domain.AirbyteException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compares a snapshot directory (before) with the live workspace (after): the connections are read into memory as
 * a snapshot reads them (same requests, same consistency check, same bounded workers and shared limiter), and
 * nothing is written. A connection that cannot be read is reported as unreadable and the others go on.
 */
public final class LiveDiff {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.airbytekit.snapshot");

  private final WorkerCalls calls;
  private final Sleeper sleeper;

  /** A diff reading through {@code calls}, pausing between attempts with {@code sleeper}. */
  public LiveDiff(WorkerCalls calls, Sleeper sleeper) {
    this.calls = calls;
    this.sleeper = sleeper;
  }

  /**
   * Compares {@code snapshot} with the live {@code targets}; with {@link SnapshotOptions#getConnectionIds()} only
   * those connections of the snapshot are compared.
   *
   * @throws AirbyteException if the calling thread is interrupted
   */
  public SnapshotDiff compare(SnapshotDirectory snapshot, List<SnapshotRunner.Target> targets,
      SnapshotOptions options) {
    Set<String> chosen = options.getConnectionIds().stream().map(LiveDiff::key).collect(Collectors.toSet());
    Map<String, SnapshotSide> before = new LinkedHashMap<>();
    snapshot.sides().forEach((id, side) -> {
      if (chosen.isEmpty() || chosen.contains(key(id))) {
        before.put(id, side);
      }
    });
    Set<String> inSnapshot = before.keySet().stream().map(LiveDiff::key).collect(Collectors.toSet());
    // A chosen id the workspace does not list but the snapshot holds was deleted: absent after, not unreadable.
    List<SnapshotRunner.Target> live = targets.stream()
        .filter(target -> target.problem() == null || !inSnapshot.contains(key(target.connectionId())))
        .toList();
    Map<String, SnapshotSide> after = new ConcurrentHashMap<>();
    Map<String, SnapshotComparison.Unread> unread = new ConcurrentHashMap<>();
    ConnectionReader reader = new ConnectionReader(calls, sleeper,
        options.getConsistencyAttempts());
    ListenerCalls<SnapshotEntry> progress = new ListenerCalls<>(options.getListener(),
        options.getListener()::started, options.getListener()::entryFinished, live.size());
    progress.started();
    try {
      Workers.runAll("airbytekit-live-diff", options.getConcurrency(), Workers.OnInterrupt.INTERRUPT_TASKS,
          live.size(),
          index -> progress.finished(read(live.get(index), reader, after, unread)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AirbyteException("Live diff against " + snapshot.path() + " interrupted after "
          + (after.size() + unread.size()) + " of " + live.size() + " connections.", e);
    }
    return SnapshotComparison.compare(before, after, unread);
  }

  private static SnapshotEntry read(SnapshotRunner.Target target, ConnectionReader reader,
      Map<String, SnapshotSide> after, Map<String, SnapshotComparison.Unread> unread) {
    String id = target.connectionId();
    SnapshotEntry.Builder entry = SnapshotEntry.builder().connectionId(id).name(target.name());
    String error;
    if (target.problem() != null) {
      error = "Connection " + id + ": " + target.problem();
    } else {
      try {
        ConnectionReader.Read read = reader.read(id);
        after.put(id, SnapshotSide.parse(target.name(), read.stateJson(), read.catalogJson(), read.settingsJson(),
            "the settings of connection " + id));
        if (!read.consistent()) {
          LOG.warn("Connection {}: a sync ran while its state and catalog were read, {} times; compared as read",
              id, read.attempts());
        }
        return entry.outcome(SnapshotEntry.Outcome.READ).consistent(read.consistent()).attempts(read.attempts())
            .build();
      } catch (RuntimeException e) {
        error = "Connection " + id + ": " + e.getMessage();
      }
    }
    LOG.warn("Live diff: {}", error);
    unread.put(id, new SnapshotComparison.Unread(target.name(), error));
    return entry.outcome(SnapshotEntry.Outcome.FAILED).error(error).build();
  }

  private static String key(String id) {
    return id.trim().toLowerCase(Locale.ROOT);
  }
}
