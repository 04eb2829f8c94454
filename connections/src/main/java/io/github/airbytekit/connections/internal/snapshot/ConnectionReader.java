package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Reads one connection for a snapshot: its newest job, its state ({@code state/get}), its catalog and settings (one
 * {@code web_backend/connections/get}), and its newest job again. When a job started, ended or was running in
 * between, the read is repeated after a pause, up to the configured attempts; the last read is kept either way and
 * says whether it settled. Each request first waits for the workers' shared pause.
 */
final class ConnectionReader {
  /** The pause before the second read of an unsettled connection; it grows by this much per attempt. */
  static final Duration UNSETTLED_PAUSE = Duration.ofSeconds(1);

  private final WorkerCalls calls;
  private final Sleeper sleeper;
  private final int attempts;

  ConnectionReader(WorkerCalls calls, Sleeper sleeper, int attempts) {
    this.calls = calls;
    this.sleeper = sleeper;
    this.attempts = attempts;
  }

  /** What was read of one connection, as the files to write. */
  record Read(String stateJson, @Nullable String catalogJson, String settingsJson, String stateType, int streams,
      boolean consistent, int attempts) {}

  /** The catalog and settings of one {@code web_backend/connections/get} answer. */
  private record Backend(@Nullable SyncCatalog catalog, String settingsJson) {}

  Read read(String connectionId) {
    for (int attempt = 1; ; attempt++) {
      JobMark before = newestJob(connectionId);
      calls.limiter().awaitTurn();
      ConnectionState state = calls.config().state(connectionId);
      calls.limiter().awaitTurn();
      Backend backend = calls.config().webBackendConnection(connectionId,
          (read, answer) -> new Backend(answer.optional(read::getSyncCatalog), SettingsJson.of(read, answer)));
      JobMark after = newestJob(connectionId);
      boolean settled = before.settledWith(after);
      if (settled || attempt >= attempts) {
        SyncCatalog catalog = backend.catalog();
        return new Read(AirbyteJson.connectionState().write(state),
            catalog == null ? null : AirbyteJson.syncCatalog().write(catalog), backend.settingsJson(),
            state.getStateType().wireValue(), catalog == null ? 0 : catalog.getStreams().size(), settled, attempt);
      }
      sleeper.sleep(UNSETTLED_PAUSE.multipliedBy(attempt));
    }
  }

  private JobMark newestJob(String connectionId) {
    return JobMark.of(calls.newestJob(connectionId));
  }
}
