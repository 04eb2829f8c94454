package io.github.airbytekit.connections;

import static io.github.airbytekit.connections.Fixtures.CONNECTION_ID;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every operation of a workspace, driven against the fake with every logger at TRACE and an event listener
 * attached: neither a log line nor an event carries the client secret or a token that was sent.
 */
class NoSecretInLogsTest {
  @RegisterExtension static final FakeAirbyteServerExtension AIRBYTE = FakeAirbyteServerExtension.create();

  private static final RawJson CURSOR = RawJson.of("{\"cursor\":\"2025-01-01\"}");
  private static final ConnectionState STATE = ConnectionState.builder().stateType(StateType.STREAM)
      .connectionId(CONNECTION_ID)
      .streamState(List.of(StreamState.builder().streamDescriptor(StreamDescriptor.of("users", "public"))
          .streamState(CURSOR).build()))
      .build();

  private final Set<String> tokensSent = ConcurrentHashMap.newKeySet();
  private final List<String> events = Collections.synchronizedList(new ArrayList<>());
  private final AirbyteEventListener recorder = new AirbyteEventListener() {
    @Override
    public void callStart(String method, String url) {
      events.add("callStart " + method + " " + url);
    }

    @Override
    public void callEnd(String method, String url, int statusCode, Duration took) {
      events.add("callEnd " + method + " " + url + " " + statusCode + " " + took);
    }

    @Override
    public void callFailed(String method, String url, IOException failure, Duration took) {
      events.add("callFailed " + method + " " + url + " " + failure + " " + took);
    }

    @Override
    public void retry(String method, String url, int attempt, Duration delay, String reason) {
      events.add("retry " + method + " " + url + " " + attempt + " " + delay + " " + reason);
    }

    @Override
    public void tokenMinted(@Nullable Duration lifetime) {
      events.add("tokenMinted " + lifetime);
    }

    @Override
    public void syncProgress(String connectionId, SyncProgress progress) {
      events.add("syncProgress " + connectionId + " " + progress);
    }
  };

  private FakeAirbyteServer server;
  private OkHttpClient spy;
  private int firstLine;

  @BeforeEach
  void setUp() {
    server = AIRBYTE.server();
    Fixtures.seedConnection(server, "orders delete-me");
    // Test code, not the library: sees the Authorization header on the wire, to know which tokens were sent.
    spy = new OkHttpClient.Builder().addNetworkInterceptor(chain -> {
      String authorization = chain.request().header("Authorization");
      if (authorization != null) {
        tokensSent.add(authorization.substring("Bearer ".length()));
      }
      return chain.proceed(chain.request());
    }).build();
    firstLine = RecordingLogs.lines().size();
  }

  @AfterEach
  void tearDown() {
    spy.dispatcher().executorService().shutdown();
    spy.connectionPool().evictAll();
  }

  private CloudWorkspace workspace(CloudWorkspace.Builder builder) {
    return builder.okHttpClient(spy).eventListener(recorder).build();
  }

  @Test
  void noOperationLogsOrReportsTheClientSecretOrAToken() {
    try (CloudWorkspace workspace = workspace(Fixtures.builder(server))) {
      server.faults().on("GET /api/public/v1/connections/" + CONNECTION_ID).times(1).respond(503);
      everyOperation(workspace);
      server.expireTokens(); // the next call gets 401, so a second token is minted
      workspace.getConnection(CONNECTION_ID).permanentlyDelete(true, true);
    }
    try (CloudWorkspace bearer = workspace(CloudWorkspace.builder().workspaceId(server.workspaceId())
        .apiRoot(server.apiRoot()).bearerToken(Secret.of(server.issueToken())))) {
      bearer.listConnections();
    }

    List<String> lines = RecordingLogs.lines().subList(firstLine, RecordingLogs.lines().size());
    assertThat(tokensSent).hasSizeGreaterThanOrEqualTo(3);
    assertThat(String.join("\n", lines))
        .contains("io.github.airbytekit.http: GET ", "io.github.airbytekit.retry: Retrying GET ",
            "io.github.airbytekit.auth: Minted an access token", "io.github.airbytekit.sync: Job ");
    assertThat(events).anyMatch(e -> e.startsWith("callStart")).anyMatch(e -> e.startsWith("callEnd"))
        .anyMatch(e -> e.startsWith("retry")).anyMatch(e -> e.startsWith("tokenMinted"))
        .anyMatch(e -> e.startsWith("syncProgress"));
    List<String> secrets = new ArrayList<>(tokensSent);
    secrets.add(server.clientSecret());
    for (String secret : secrets) {
      assertThat(lines).noneMatch(line -> line.contains(secret));
      assertThat(events).noneMatch(event -> event.contains(secret));
    }
  }

  /** Every read and write of a connection, its jobs, state, catalog, source and destination. */
  private static void everyOperation(CloudWorkspace workspace) {
    List<Consumer<CloudConnection>> operations = List.of(
        CloudConnection::checkIsValid,
        c -> c.name(), c -> c.status(), c -> c.schedule(), c -> c.isEnabled(), c -> c.streamNames(),
        c -> c.tablePrefix(),
        c -> c.source().name(), c -> c.destination().name(),
        c -> c.dumpRawState(), c -> c.dumpRawStateJson(JsonForm.PROTOCOL), c -> c.dumpRawConnectionState(),
        c -> c.getStreamState("users", "public"),
        c -> c.importRawState(STATE), c -> c.importRawState(StateConverter.toProtocol(STATE)),
        c -> c.importRawStateJson(AirbyteJson.connectionState().write(STATE)),
        c -> c.setStreamState("users", "public", CURSOR), c -> c.setStreamStateVerified("users", "public", CURSOR),
        c -> c.dumpRawCatalog(), c -> c.dumpRawSyncCatalog(), c -> c.dumpRawCatalogJson(JsonForm.PROTOCOL),
        c -> c.importRawCatalog(Fixtures.catalog()),
        c -> c.importRawCatalog(CatalogConverter.toProtocol(Fixtures.catalog())),
        c -> c.importRawCatalogJson(AirbyteJson.syncCatalog().write(Fixtures.catalog())),
        c -> c.rename("orders again delete-me"), c -> c.setTablePrefix("x_"),
        c -> c.setSelectedStreams(List.of("users", "orders")),
        c -> c.setSelectedStreamDescriptors(List.of(StreamDescriptor.of("users", "public"))),
        c -> c.setEnabled(false), c -> c.setEnabled(true),
        c -> c.setSchedule("0 0 12 * * ?"), CloudConnection::setManualSchedule,
        c -> {
          SyncResult result = c.runSync();
          result.attempts();
          result.fullLogText();
          c.getSyncResult(result.jobId()).snapshot();
        },
        c -> c.runSync(SyncOptions.builder().waitForCompletion(false).build()).cancel(),
        c -> c.getPreviousSyncLogs(), c -> c.getSyncResult());
    workspace.listConnections();
    operations.forEach(operation -> operation.accept(workspace.getConnection(CONNECTION_ID)));
  }
}
