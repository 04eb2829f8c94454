package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.ConnectionSyncActiveException;
import io.github.airbytekit.connections.RestoreEntry;
import io.github.airbytekit.connections.internal.ConfigCalls;
import io.github.airbytekit.connections.internal.snapshot.SharedRateLimiter;
import io.github.airbytekit.domain.AirbyteException;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The writes of one restored connection: catalog, then state; on a failure, what may have landed is put back.
 * Whether a failed write landed is learnt by reading the value back (a 423 is a refusal: nothing landed).
 */
final class Writes {
  /**
   * What to write and what was there.
   *
   * @param catalog the catalog to write, or null to leave the target's
   * @param previousCatalog the target's catalog before, or null when it had none
   * @param state the state to write, or null to leave the target's
   * @param previousState the target's state before
   */
  record Values(@Nullable SyncCatalog catalog, @Nullable SyncCatalog previousCatalog,
      @Nullable ConnectionState state, ConnectionState previousState) {}

  private enum Landed { WRITTEN, NOT_WRITTEN, UNKNOWN }

  private record Attempt(Landed landed, @Nullable AirbyteException failure) {}

  private final ConfigCalls config;
  private final SharedRateLimiter limiter;

  Writes(ConfigCalls config, SharedRateLimiter limiter) {
    this.config = config;
    this.limiter = limiter;
  }

  RestoreEntry apply(RestoreEntry.Builder entry, String target, Values values) {
    boolean catalogTouched = false;
    boolean stateTouched = false;
    String what = null;
    Attempt failed = null;
    SyncCatalog catalog = values.catalog();
    if (catalog != null) {
      Attempt attempt = catalog(target, catalog, values.previousCatalog());
      catalogTouched = attempt.landed() != Landed.NOT_WRITTEN;
      if (attempt.failure() != null && attempt.landed() != Landed.WRITTEN) {
        what = "catalog";
        failed = attempt;
      }
    }
    ConnectionState state = values.state();
    if (failed == null && state != null) {
      Attempt attempt = state(target, state, values.previousState());
      stateTouched = attempt.landed() == Landed.UNKNOWN;
      if (attempt.landed() != Landed.WRITTEN) {
        what = "state";
        failed = attempt;
      }
    }
    if (failed == null) {
      return entry.outcome(RestoreEntry.Outcome.RESTORED).build();
    }
    String cause = "writing the " + what + " of target connection " + target + " failed"
        + (failed.landed() == Landed.UNKNOWN ? " and reading it back could not tell whether it landed" : "")
        + ": " + failed.failure().getMessage();
    return rollBack(entry, target, values, catalogTouched, stateTouched, cause,
        ConnectionRestorer.locked(failed.failure()));
  }

  private RestoreEntry rollBack(RestoreEntry.Builder entry, String target, Values values, boolean catalogTouched,
      boolean stateTouched, String cause, boolean locked) {
    List<String> putBack = new ArrayList<>();
    List<String> left = new ArrayList<>();
    if (stateTouched) {
      Attempt attempt = state(target, values.previousState(), values.state());
      (attempt.landed() == Landed.WRITTEN ? putBack : left).add(attempt.landed() == Landed.WRITTEN ? "state"
          : "a state that may be the snapshot's (putting the previous one back failed: "
              + attempt.failure().getMessage() + ")");
    }
    if (catalogTouched) {
      SyncCatalog previous = values.previousCatalog();
      Attempt attempt = previous == null ? null : catalog(target, previous, values.catalog());
      if (attempt != null && attempt.landed() == Landed.WRITTEN) {
        putBack.add("catalog");
      } else {
        left.add("the snapshot's catalog" + (attempt == null ? " (the target had none to put back)"
            : " or an unknown one (putting the previous one back failed: " + attempt.failure().getMessage() + ")"));
      }
    }
    if (!left.isEmpty()) {
      return entry.outcome(RestoreEntry.Outcome.FAILED).reason(cause + "; left on the server: "
          + String.join(" and ", left) + (putBack.isEmpty() ? "" : "; the previous " + String.join(" and ",
              putBack) + " was put back")).build();
    }
    if (putBack.isEmpty()) {
      return entry.outcome(locked ? RestoreEntry.Outcome.LOCKED : RestoreEntry.Outcome.FAILED)
          .reason(cause + "; nothing was written").build();
    }
    return entry.outcome(locked ? RestoreEntry.Outcome.LOCKED : RestoreEntry.Outcome.ROLLED_BACK)
        .reason(cause + "; the previous " + String.join(" and ", putBack) + " was put back").build();
  }

  private Attempt catalog(String target, SyncCatalog catalog, @Nullable SyncCatalog other) {
    return attempt(() -> config.updateCatalog(target, catalog), () -> {
      SyncCatalog stored = config.catalog(target);
      return stored == null ? "" : RestoreComparison.catalogJson(stored);
    }, RestoreComparison.catalogJson(catalog), other == null ? "" : RestoreComparison.catalogJson(other));
  }

  private Attempt state(String target, ConnectionState state, @Nullable ConnectionState other) {
    return attempt(() -> config.writeState(target, state),
        () -> RestoreComparison.stateJson(config.state(target)), RestoreComparison.stateJson(state),
        other == null ? "" : RestoreComparison.stateJson(other));
  }

  /**
   * Writes, and on a failure other than a 423 reads back: holding {@code intended} means it landed, holding
   * {@code other} (the value before) means it did not.
   */
  private Attempt attempt(Runnable write, Supplier<String> readBack, String intended, String other) {
    try {
      limiter.awaitTurn();
      write.run();
      return new Attempt(Landed.WRITTEN, null);
    } catch (ConnectionSyncActiveException e) {
      return new Attempt(Landed.NOT_WRITTEN, e);
    } catch (AirbyteException e) {
      try {
        limiter.awaitTurn();
        String stored = readBack.get();
        return new Attempt(stored.equals(intended) ? Landed.WRITTEN
            : stored.equals(other) ? Landed.NOT_WRITTEN : Landed.UNKNOWN, e);
      } catch (AirbyteException again) {
        e.addSuppressed(again);
        return new Attempt(Landed.UNKNOWN, e);
      }
    }
  }
}
