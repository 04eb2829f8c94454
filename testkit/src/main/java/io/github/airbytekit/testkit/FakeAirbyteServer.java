package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.AdminEndpoint;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.FaultBook;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records;
import io.github.airbytekit.testkit.internal.RequestPipeline;
import io.github.airbytekit.testkit.internal.SeedFile;
import io.github.airbytekit.testkit.internal.TokenBook;
import io.github.airbytekit.testkit.internal.http.Api;
import io.github.airbytekit.testkit.internal.http.Layout;
import io.github.airbytekit.testkit.internal.transport.FakeTransport;
import io.github.airbytekit.testkit.internal.routes.RouteTable;
import io.github.airbytekit.testkit.internal.versions.VersionRules;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A stateful, in-memory Airbyte on a loopback port: the public API under {@code /api/public/v1}
 * and the Config API under {@code /api/v1}, with jobs that progress, 409 on a second sync, 423 on
 * a state write during a sync, expiring tokens and pagination. It behaves as today's Airbyte unless
 * {@link Builder#airbyteVersion(AirbyteVersion) told} to behave as an older release.
 *
 * <pre>{@code
 * try (FakeAirbyteServer airbyte = FakeAirbyteServer.start()) {
 *   airbyte.seed().connection("9924bcd0-99be-453d-ba47-c2c9766f7da5", c -> c.name("pg → bq"));
 *   // client: api root airbyte.apiRoot(), credentials airbyte.clientId() / airbyte.clientSecret()
 *   airbyte.jobs().script("9924bcd0-99be-453d-ba47-c2c9766f7da5", FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);
 * }
 * }</pre>
 *
 * <p>Thread-safe: requests and test-side calls each run atomically against the store.
 */
public final class FakeAirbyteServer implements AutoCloseable {
  /** Id of the workspace every fresh or reset server has. */
  public static final String DEFAULT_WORKSPACE_ID = DemoSeed.WORKSPACE_ID;

  /** Path of the public API root on the fake, as on a self-managed Airbyte ({@link ApiLayout#SELF_MANAGED}). */
  public static final String PUBLIC_API_PATH = "/api/public/v1";

  /** Path of the Config API root on the fake. */
  public static final String CONFIG_API_PATH = "/api/v1";

  private final FakeTransport transport;
  private final FakeStore store;
  private final FaultBook faultBook;
  private final JournalLog journal;
  private final TokenBook tokens;
  private final String clientId;
  private final String clientSecret;
  private final List<Consumer<Seeder>> initialSeeds;
  private final String apiRoot;
  private final boolean allowSubHourlySchedules;
  private final AirbyteVersion airbyteVersion;
  private final Layout layout;

  private FakeAirbyteServer(Builder builder) {
    this.allowSubHourlySchedules = builder.allowSubHourlySchedules;
    this.airbyteVersion = builder.airbyteVersion;
    VersionRules version = VersionRules.of(builder.airbyteVersion.name(), builder.strict);
    this.store = new FakeStore(builder.clock, builder.allowSubHourlySchedules, version);
    this.tokens = new TokenBook(builder.clock, builder.tokenLifetime);
    this.faultBook = new FaultBook(builder.clock);
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.initialSeeds = List.copyOf(builder.initialSeeds);
    this.journal = new JournalLog(builder.journalCapacity);
    this.layout = builder.layout == ApiLayout.CLOUD ? Layout.CLOUD : Layout.SELF_MANAGED;
    RequestPipeline pipeline = RequestPipeline.assemble(store, faultBook, journal, tokens,
        new RouteTable.Options(builder.strict, clientId, clientSecret, version.defaultJobTypes(), builder.structuredLogs),
        layout);
    if (builder.adminEndpoint) {
      pipeline.admin(new AdminEndpoint(this::reset, json -> SeedFile.applyJson(json, seed()), () -> requests().all()));
    }
    reset();
    this.transport = FakeTransport.start(builder.port, pipeline);
    this.apiRoot = "http://127.0.0.1:" + transport.port() + layout.root(Api.PUBLIC);
  }

  /** {@return a fake with default options, started on a free loopback port} */
  public static FakeAirbyteServer start() {
    return builder().build();
  }

  /** {@return a new builder, for a fake with non-default options} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the root of the public API, e.g. {@code http://127.0.0.1:54321/api/public/v1}} ({@code …/v1} in the
   * {@link ApiLayout#CLOUD Cloud layout})
   */
  public String apiRoot() {
    return apiRoot;
  }

  /**
   * {@return the root of the Config API, e.g. {@code http://127.0.0.1:54321/api/v1}}: the same a client derives
   * from {@link #apiRoot()} by the {@code /api/public/v1 → /api/v1} rule (in either layout).
   */
  public String configApiRoot() {
    return "http://127.0.0.1:" + transport.port() + layout.root(Api.CONFIG);
  }

  /**
   * {@return the root of the fake's own controls, e.g. {@code http://127.0.0.1:54321/__admin}}; served only when the
   * builder's {@link Builder#adminEndpoint(boolean) adminEndpoint(true)} asked for them
   */
  public String adminRoot() {
    return "http://127.0.0.1:" + transport.port() + AdminEndpoint.ROOT;
  }

  /** {@return the loopback port the fake listens on} */
  public int port() {
    return transport.port();
  }

  /** {@return the Airbyte version this fake behaves as ({@link AirbyteVersion#LATEST} unless the builder chose another)} */
  public AirbyteVersion airbyteVersion() {
    return airbyteVersion;
  }

  /** {@return the client id the token endpoint accepts} */
  public String clientId() {
    return clientId;
  }

  /** {@return the client secret the token endpoint accepts (a throwaway test credential)} */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * {@return a new bearer token, valid for the configured lifetime}, for clients in bearer-token mode. Not
   * counted by {@link RequestJournal#tokensMinted()}, which counts the token endpoint only.
   */
  public String issueToken() {
    return tokens.mint();
  }

  /** Makes every token issued so far expired, so the next call with one gets 401. */
  public void expireTokens() {
    tokens.expireAll();
  }

  /** {@return the id of the default workspace ({@link #DEFAULT_WORKSPACE_ID})} */
  public String workspaceId() {
    return DEFAULT_WORKSPACE_ID;
  }

  /** {@return a new fluent seeding chain}; seeded objects go into the default workspace unless told. */
  public Seeder seed() {
    return new Seeder(store);
  }

  /**
   * Seeds from a JSON file in the format described in the module README.
   *
   * @param json the seed file
   * @throws IllegalArgumentException if the file is not a valid seed
   * @throws UncheckedIOException if it cannot be read
   * @return this
   */
  public FakeAirbyteServer seedFrom(Path json) {
    Objects.requireNonNull(json, "json == null");
    SeedFile.apply(json, seed());
    return this;
  }

  /**
   * Seeds the built-in {@code demo} data set; see {@link DemoSeed} for its fixed ids.
   *
   * @return this
   */
  public FakeAirbyteServer seedDemo() {
    DemoSeed.apply(seed());
    return this;
  }

  /** {@return the view that inspects and drives jobs} */
  public FakeJobs jobs() {
    return new FakeJobs(store);
  }

  /** {@return the view that arms failures for upcoming requests} */
  public Faults faults() {
    return new Faults(faultBook);
  }

  /** {@return every request received since the last reset, as a live view} */
  public RequestJournal requests() {
    return new RequestJournal(
        journal,
        null,
        call -> true,
        connectionId -> {
          synchronized (store) {
            return store.syncsTriggered.getOrDefault(Ids.canonical(connectionId), 0);
          }
        });
  }

  /**
   * Forgets every workspace, source, destination, connection, job, script, fault and recorded
   * request (and a seed's {@code allowSubHourlySchedules}), then re-applies the builder's initial
   * seeds. Issued tokens stay valid. Cheap: the
   * server keeps running on the same port.
   */
  public void reset() {
    synchronized (store) {
      store.clear();
      store.allowSubHourlySchedules = allowSubHourlySchedules;
      store.workspaces.put(
          DEFAULT_WORKSPACE_ID, new Records.Workspace(DEFAULT_WORKSPACE_ID, "Default Workspace"));
      faultBook.clear();
      journal.clear();
      for (Consumer<Seeder> seed : initialSeeds) {
        seed.accept(seed());
      }
    }
  }

  /** Stops the server and frees its port. */
  @Override
  public void close() {
    faultBook.clear(); // releases stalled answers, which would hold the server's threads
    transport.close();
  }

  @Override
  public String toString() {
    return "FakeAirbyteServer(" + apiRoot + ")";
  }

  /**
   * Options of a fake; {@link #build()} starts it.
   *
   * <pre>{@code
   * FakeAirbyteServer airbyte = FakeAirbyteServer.builder()
   *     .tokenLifetime(Duration.ofMinutes(3))
   *     .strict(true)
   *     .airbyteVersion("1.6.0")
   *     .initialSeed(seed -> seed.connection(CONNECTION_ID, c -> c.name("orders")))
   *     .build();
   * }</pre>
   */
  public static final class Builder extends ServerOptions {
    Builder() {}

    /**
     * Starts the fake.
     *
     * @throws UncheckedIOException if the port cannot be bound
     * @return the running fake
     */
    public FakeAirbyteServer build() {
      return new FakeAirbyteServer(this);
    }
  }
}
