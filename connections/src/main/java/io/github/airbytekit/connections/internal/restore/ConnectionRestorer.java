package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.ConnectionSyncActiveException;
import io.github.airbytekit.connections.RestoreChanges;
import io.github.airbytekit.connections.RestoreEntry;
import io.github.airbytekit.connections.RestorePlan;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.snapshot.WorkerCalls;
import io.github.airbytekit.domain.AirbyteException;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Restores one connection, all or nothing. It reads the target's newest job, state and catalog first; a running
 * sync means nothing is written. Then it writes the snapshot's catalog, then its state (each only when it differs
 * from the target's). When a write fails after an earlier one may have landed, what may have landed is put back;
 * after a write whose answer is missing or unreadable, the value is read back to learn whether it landed. Each
 * request first waits for the workers' shared pause.
 */
final class ConnectionRestorer {
  private final WorkerCalls calls;
  private final RestorePlan plan;
  private final Writes writes;

  ConnectionRestorer(WorkerCalls calls, RestorePlan plan) {
    this.calls = calls;
    this.plan = plan;
    this.writes = new Writes(calls.config(), calls.limiter());
  }

  RestoreEntry restore(Matching.Pair pair) {
    SnapshotSource.Connection source = pair.source();
    RestoreEntry.Builder entry = RestoreEntry.builder().snapshotConnectionId(source.id())
        .snapshotName(source.name()).targetConnectionId(pair.targetId());
    String target = pair.targetId();
    ConnectionState snapshotState = source.state();
    if (target == null || source.skip() != null) {
      return entry.outcome(RestoreEntry.Outcome.SKIPPED).reason(target == null ? pair.skip() : source.skip())
          .build();
    }
    if (source.problem() != null || snapshotState == null) {
      return entry.outcome(RestoreEntry.Outcome.FAILED).reason("snapshot connection " + source.id() + ": "
          + source.problem()).build();
    }
    if (!snapshotState.getStateType().isKnown()) {
      return entry.outcome(RestoreEntry.Outcome.FAILED).reason("the snapshot's $.stateType '"
          + snapshotState.getStateType().wireValue() + "' is not global, stream, legacy or not_set; nothing was"
          + " written").build();
    }
    Long running;
    ConnectionState targetState;
    SyncCatalog targetCatalog;
    try {
      running = runningJob(target);
      calls.limiter().awaitTurn();
      targetState = calls.config().state(target);
      calls.limiter().awaitTurn();
      targetCatalog = calls.config().catalog(target);
    } catch (AirbyteException e) {
      return entry.outcome(RestoreEntry.Outcome.FAILED).reason("reading target connection " + target
          + " failed: " + e.getMessage() + "; nothing was written").build();
    }
    SyncCatalog snapshotCatalog = source.catalog();
    StatePlan state = StatePlan.of(snapshotState, targetState,
        snapshotCatalog != null ? snapshotCatalog : targetCatalog, target, plan.isWriteUnknownStreamStates());
    RestoreChanges changes = RestoreComparison.of(snapshotCatalog, targetCatalog, snapshotState, targetState,
        state);
    entry.changes(changes).addAllUnwrittenStreams(state.unwritten());
    if (running != null) {
      return entry.outcome(RestoreEntry.Outcome.LOCKED).reason("a sync is running on target connection " + target
          + " (job " + running + "); nothing was written" + (plan.isDryRun() ? "" : ": restore it again when the"
          + " sync has ended")).build();
    }
    String blocked = changes.isStateWritten() ? typeChange(snapshotState, targetState, target) : null;
    if (plan.isDryRun()) {
      return entry.outcome(RestoreEntry.Outcome.PLANNED).reason(blocked).build();
    }
    if (blocked != null) {
      return entry.outcome(RestoreEntry.Outcome.FAILED).reason(blocked).build();
    }
    return writes.apply(entry, target, new Writes.Values(
        changes.isCatalogWritten() ? snapshotCatalog : null, targetCatalog,
        changes.isStateWritten() ? state.toWrite() : null, targetState));
  }

  /**
   * Why Airbyte would refuse the state: it changes a stored state's type only from legacy (any other change
   * needs a reset first); null when it would not.
   */
  private static @Nullable String typeChange(ConnectionState snapshot, ConnectionState target, String targetId) {
    StateType from = target.getStateType();
    if (StateType.NOT_SET.equals(from) || StateType.LEGACY.equals(from) || from.equals(snapshot.getStateType())) {
      return null;
    }
    return "target connection " + targetId + " has a " + from.wireValue() + " state and the snapshot a "
        + snapshot.getStateType().wireValue() + " one: Airbyte changes a state's type only through a reset;"
        + " clear the target's state (a clear job) and restore it again; nothing was written";
  }

  /** The id of the target's newest job when it is still running, or null. */
  private @Nullable Long runningJob(String target) {
    List<JobView> newest = calls.newestJob(target);
    return newest.isEmpty() || newest.get(0).isFinal() ? null : newest.get(0).jobId();
  }

  /** Whether {@code failure} is Airbyte's 423: a sync runs, nothing was written. */
  static boolean locked(@Nullable AirbyteException failure) {
    return failure instanceof ConnectionSyncActiveException;
  }
}
