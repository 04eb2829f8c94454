package io.github.airbytekit.connections;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncMode;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.Seeder;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A workspace of many connections on the fake, with stream, global, legacy and not_set states in turn and a few
 * large catalogs, and what the fake answers for each (read with a plain OkHttp client, not through airbytekit).
 */
final class SnapshotWorkspace {
  static final String SOURCE_A = "5a5a5a5a-0000-4000-8000-00000000000a";
  static final String SOURCE_B = "5a5a5a5a-0000-4000-8000-00000000000b";
  static final String DESTINATION = "de5de5de-0000-4000-8000-00000000000a";

  private static final OkHttpClient PLAIN = new OkHttpClient();
  private static final MediaType JSON = MediaType.get("application/json");

  final Map<String, ConnectionState> states = new LinkedHashMap<>();
  final Map<String, SyncCatalog> catalogs = new LinkedHashMap<>();

  private SnapshotWorkspace() {}

  static String id(int i) {
    return String.format(Locale.ROOT, "c0ffee00-0000-4000-8000-%012d", i);
  }

  /** Seeds {@code count} connections; every 25th has a catalog of 400 streams. */
  static SnapshotWorkspace seed(FakeAirbyteServer server, int count) {
    return seed(server, count, false);
  }

  /**
   * Like {@link #seed}, but every stream state is one of a catalog stream ({@code public.stream_0},
   * {@code stream_1}), and every catalog has at least two streams: what a restore keeps as it is.
   */
  static SnapshotWorkspace seedWithStatesOfCatalogStreams(FakeAirbyteServer server, int count) {
    return seed(server, count, true);
  }

  private static SnapshotWorkspace seed(FakeAirbyteServer server, int count, boolean statesOfCatalogStreams) {
    SnapshotWorkspace workspace = new SnapshotWorkspace();
    Seeder seeder = server.seed()
        .source(SOURCE_A, "Shop Postgres", "postgres")
        .source(SOURCE_B, "Stripe", "stripe")
        .destination(DESTINATION, "Warehouse", "bigquery");
    for (int i = 0; i < count; i++) {
      String id = id(i);
      SyncCatalog catalog = catalog(i % 25 == 0 ? 400 : (statesOfCatalogStreams ? 2 : 1) + i % 4);
      ConnectionState state = state(id, i, statesOfCatalogStreams ? "stream_0" : "users",
          statesOfCatalogStreams ? "stream_1" : "orders");
      workspace.catalogs.put(id, catalog);
      workspace.states.put(id, state);
      int n = i;
      seeder.connection(id, c -> {
        c.name("connection " + n).source(n % 2 == 0 ? SOURCE_A : SOURCE_B).destination(DESTINATION)
            .prefix("p" + n + "_").syncCatalog(catalog);
        if (n % 3 == 0) {
          c.cron("0 0 " + n % 24 + " * * ?");
        }
        if (!StateType.NOT_SET.equals(state.getStateType())) {
          c.state(state);
        }
      });
    }
    return workspace;
  }

  static SyncCatalog catalog(int streams) {
    SyncCatalog.Builder catalog = SyncCatalog.builder();
    for (int s = 0; s < streams; s++) {
      catalog.addStreams(Fixtures.entry("stream_" + s, s % 2 == 0 ? "public" : null,
          s % 3 == 0 ? SyncMode.INCREMENTAL : SyncMode.FULL_REFRESH,
          s % 3 == 0 ? DestinationSyncMode.APPEND_DEDUP : DestinationSyncMode.OVERWRITE, s % 5 != 4));
    }
    return catalog.build();
  }

  /** Stream, global, legacy and not_set in turn; blobs with digits and nesting kept verbatim. */
  private static ConnectionState state(String id, int i, String first, String second) {
    ConnectionState.Builder state = ConnectionState.builder().connectionId(id);
    RawJson blob = RawJson.of("{\"cursor\":\"2024-01-" + (10 + i % 20) + "T00:00:00.000Z\",\"n\":1.50,\"deep\":{\"e\":1e3}}");
    switch (i % 4) {
      case 0:
        return state.stateType(StateType.STREAM).streamState(List.of(stream(first, "public", blob),
            stream(second, null, RawJson.of("{\"id\":" + i + "}")))).build();
      case 1:
        return state.stateType(StateType.GLOBAL).globalState(GlobalState.builder()
            .sharedState(RawJson.of("{\"lsn\":" + (1000L + i) + "}"))
            .streamStates(List.of(stream(first, "public", blob))).build()).build();
      case 2:
        return state.stateType(StateType.LEGACY).state(RawJson.of("{\"cdc\":true,\"i\":" + i + "}")).build();
      default:
        return state.stateType(StateType.NOT_SET).build();
    }
  }

  private static StreamState stream(String name, String namespace, RawJson blob) {
    return StreamState.builder().streamDescriptor(StreamDescriptor.of(name, namespace)).streamState(blob).build();
  }

  /** The body of the fake's {@code state/get} for {@code connectionId}, byte for byte. */
  static String stateAnswer(FakeAirbyteServer server, String token, String connectionId) {
    return post(server, token, "/state/get", connectionId);
  }

  /** The body of the fake's {@code web_backend/connections/get} for {@code connectionId}, byte for byte. */
  static String backendAnswer(FakeAirbyteServer server, String token, String connectionId) {
    return post(server, token, "/web_backend/connections/get", connectionId);
  }

  private static String post(FakeAirbyteServer server, String token, String path, String connectionId) {
    Request request = new Request.Builder().url(server.configApiRoot() + path)
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create("{\"connectionId\":\"" + connectionId + "\"}", JSON))
        .build();
    try (Response response = PLAIN.newCall(request).execute()) {
      return response.body().string();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
