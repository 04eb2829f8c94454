package io.github.airbytekit.connections;

import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Shared set-up: ids, a workspace pointed at the fake, and a small catalog. */
final class Fixtures {
  static final String CONNECTION_ID = "0c0c0c0c-0000-4000-8000-000000000001";
  static final String OTHER_CONNECTION_ID = "0c0c0c0c-0000-4000-8000-000000000002";
  static final String SOURCE_ID = "50505050-0000-4000-8000-000000000001";
  static final String DESTINATION_ID = "de5de5de-0000-4000-8000-000000000001";
  static final String OTHER_WORKSPACE_ID = "0ddba11a-0000-4000-8000-000000000009";

  static final String TOKEN = "POST /api/public/v1/applications/token";
  static final String GET_CONNECTION = "GET /api/public/v1/connections/" + CONNECTION_ID;
  static final String PATCH_CONNECTION = "PATCH /api/public/v1/connections/" + CONNECTION_ID;
  static final String DELETE_CONNECTION = "DELETE /api/public/v1/connections/" + CONNECTION_ID;
  static final String POST_JOBS = "POST /api/public/v1/jobs";
  static final String LIST_JOBS = "GET /api/public/v1/jobs";
  static final String STATE_GET = "POST /api/v1/state/get";
  static final String STATE_WRITE = "POST /api/v1/state/create_or_update_safe";
  static final String CATALOG_GET = "POST /api/v1/web_backend/connections/get";
  static final String CATALOG_UPDATE = "POST /api/v1/web_backend/connections/update";

  private Fixtures() {}

  /** A workspace on the fake whose waits and retries take virtual time only: no test ever sleeps. */
  static CloudWorkspace.Builder builder(FakeAirbyteServer server) {
    return builder(server, VirtualTime.startingNow());
  }

  /** Like {@link #builder(FakeAirbyteServer)}, on {@code time}'s clock and sleeper. */
  static CloudWorkspace.Builder builder(FakeAirbyteServer server, VirtualTime time) {
    return CloudWorkspace.builder()
        .workspaceId(server.workspaceId())
        .clientCredentials(server.clientId(), Secret.of(server.clientSecret()))
        .apiRoot(server.apiRoot())
        .clock(time.clock())
        .sleeper(time.sleeper())
        .readTimeout(Duration.ofSeconds(5))
        .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(5)).maxBackoff(Duration.ofMillis(20))
            .build())
        .pollPolicy(PollPolicy.builder().initialInterval(Duration.ofMillis(10)).maxInterval(Duration.ofMillis(40))
            .build());
  }

  static CloudWorkspace workspace(FakeAirbyteServer server) {
    return builder(server).build();
  }

  /** Seeds the standard connection: named source/destination and a two-stream catalog. */
  static void seedConnection(FakeAirbyteServer server, String name) {
    server.seed()
        .source(SOURCE_ID, "Postgres delete-me", "postgres")
        .destination(DESTINATION_ID, "BigQuery deleteme", "bigquery")
        .connection(CONNECTION_ID, c -> c.name(name).prefix("raw_").syncCatalog(catalog()));
  }

  /** users (public, incremental dedup) and orders (public, full refresh), both selected. */
  static SyncCatalog catalog() {
    return SyncCatalog.builder()
        .addStreams(entry("users", "public", SyncMode.INCREMENTAL, DestinationSyncMode.APPEND_DEDUP, true))
        .addStreams(entry("orders", "public", SyncMode.FULL_REFRESH, DestinationSyncMode.OVERWRITE, true))
        .addStreams(entry("events", "analytics", SyncMode.FULL_REFRESH, DestinationSyncMode.APPEND, false))
        .build();
  }

  static SyncCatalogEntry entry(
      String name, @Nullable String namespace, SyncMode syncMode, DestinationSyncMode destinationSyncMode,
      boolean selected) {
    StreamConfig.Builder config = StreamConfig.builder()
        .syncMode(syncMode)
        .destinationSyncMode(destinationSyncMode)
        .selected(selected);
    if (syncMode.equals(SyncMode.INCREMENTAL)) {
      config.cursorField(List.of("updated_at")).primaryKey(List.of(List.of("id")));
    }
    return SyncCatalogEntry.builder()
        .stream(CatalogStream.builder()
            .name(name)
            .namespace(namespace)
            .jsonSchema(RawJson.of("{\"type\":\"object\"}"))
            .supportedSyncModes(List.of(SyncMode.FULL_REFRESH, SyncMode.INCREMENTAL))
            .build())
        .config(config.build())
        .build();
  }

  /** The journal as "METHOD /path" lines. */
  static List<String> lines(FakeAirbyteServer server) {
    return server.requests().all().stream().map(RecordedCall::requestLine).collect(Collectors.toList());
  }
}
