package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.BearerCheck;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.FaultBook;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Journaling;
import io.github.airbytekit.testkit.internal.NoDelayServerSocketFactory;
import io.github.airbytekit.testkit.internal.Records;
import io.github.airbytekit.testkit.internal.RequestPipeline;
import io.github.airbytekit.testkit.internal.SeedFile;
import io.github.airbytekit.testkit.internal.TokenBook;
import io.github.airbytekit.testkit.internal.http.Layout;
import io.github.airbytekit.testkit.internal.http.Routes;
import io.github.airbytekit.testkit.internal.mockwebserver.FakeDispatcher;
import io.github.airbytekit.testkit.internal.routes.RouteTable;
import io.github.airbytekit.testkit.internal.versions.VersionRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import mockwebserver3.MockWebServer;

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

  /** Path of the public API root on the fake, as on a self-managed Airbyte. */
  public static final String PUBLIC_API_PATH = "/api/public/v1";

  /** Path of the Config API root on the fake. */
  public static final String CONFIG_API_PATH = "/api/v1";

  private final MockWebServer server;
  private final FakeStore store;
  private final FaultBook faultBook = new FaultBook();
  private final JournalLog journal = new JournalLog();
  private final TokenBook tokens;
  private final String clientId;
  private final String clientSecret;
  private final List<Consumer<Seeder>> initialSeeds;
  private final String apiRoot;
  private final boolean allowSubHourlySchedules;
  private final AirbyteVersion airbyteVersion;

  private FakeAirbyteServer(Builder builder) {
    this.allowSubHourlySchedules = builder.allowSubHourlySchedules;
    this.airbyteVersion = builder.airbyteVersion;
    VersionRules version = VersionRules.of(builder.airbyteVersion.name());
    this.store = new FakeStore(builder.clock, builder.allowSubHourlySchedules, version);
    this.tokens = new TokenBook(builder.clock, builder.tokenLifetime);
    this.clientId = builder.clientId;
    this.clientSecret = builder.clientSecret;
    this.initialSeeds = List.copyOf(builder.initialSeeds);
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(InetAddress.getLoopbackAddress(), builder.port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the fake Airbyte on port " + builder.port, e);
    }
    this.apiRoot = "http://127.0.0.1:" + server.getPort() + PUBLIC_API_PATH;
    Routes routes = RouteTable.create(Layout.SELF_MANAGED, store, tokens, journal,
        new RouteTable.Options(builder.strict, clientId, clientSecret, version.defaultJobTypes()));
    RequestPipeline pipeline = new RequestPipeline(
        store, faultBook, new Journaling(journal), new BearerCheck(tokens), routes, version);
    server.setDispatcher(new FakeDispatcher(pipeline, this::forgetRecordedRequests));
    reset();
  }

  private void forgetRecordedRequests() {
    try {
      while (server.takeRequest(0, TimeUnit.NANOSECONDS) != null) {
        // The journal already has it.
      }
    } catch (InterruptedException e) {
      // Not re-asserted: this runs on a MockWebServer thread that still has to write the answer,
      // and an interrupted thread cannot (see FakeDispatcher#dispatch).
    }
  }

  /**
   * Starts a fake with default options on a free loopback port.
   *
   * @return the running fake
   */
  public static FakeAirbyteServer start() {
    return builder().build();
  }

  /**
   * Returns a builder for a fake with non-default options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Root of the public API, e.g. {@code http://127.0.0.1:54321/api/public/v1}.
   *
   * @return the public API root
   */
  public String apiRoot() {
    return apiRoot;
  }

  /**
   * Root of the Config API, e.g. {@code http://127.0.0.1:54321/api/v1}; the same a client derives
   * from {@link #apiRoot()} by the {@code /api/public/v1 → /api/v1} rule.
   *
   * @return the Config API root
   */
  public String configApiRoot() {
    return "http://127.0.0.1:" + server.getPort() + CONFIG_API_PATH;
  }

  /**
   * The loopback port the fake listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * The Airbyte version this fake behaves as ({@link AirbyteVersion#LATEST} unless the builder chose another).
   *
   * @return the version
   */
  public AirbyteVersion airbyteVersion() {
    return airbyteVersion;
  }

  /**
   * Client id the token endpoint accepts.
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Client secret the token endpoint accepts (a throwaway test credential).
   *
   * @return the client secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Mints a bearer token valid for the configured lifetime, for clients in bearer-token mode. Not
   * counted by {@link RequestJournal#tokensMinted()}, which counts the token endpoint only.
   *
   * @return a new bearer token
   */
  public String issueToken() {
    return tokens.mint();
  }

  /**
   * Makes every token issued so far expired, so the next call with one gets 401.
   */
  public void expireTokens() {
    tokens.expireAll();
  }

  /**
   * Id of the default workspace ({@link #DEFAULT_WORKSPACE_ID}).
   *
   * @return the default workspace id
   */
  public String workspaceId() {
    return DEFAULT_WORKSPACE_ID;
  }

  /**
   * Starts a fluent seeding chain; seeded objects go into the default workspace unless told.
   *
   * @return a new seeding chain
   */
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

  /**
   * Inspects and drives jobs.
   *
   * @return the jobs view
   */
  public FakeJobs jobs() {
    return new FakeJobs(store);
  }

  /**
   * Arms failures for upcoming requests.
   *
   * @return the faults view
   */
  public Faults faults() {
    return new Faults(faultBook);
  }

  /**
   * Every request received since the last reset.
   *
   * @return the journal (a live view)
   */
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

  /**
   * Stops the server and frees its port.
   */
  @Override
  public void close() {
    server.close();
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
   *     .initialSeed(seed -> seed.connection(CONNECTION_ID, c -> c.name("orders")))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private Duration tokenLifetime = Duration.ofSeconds(900);
    private boolean strict;
    private Clock clock = Clock.systemUTC();
    private boolean allowSubHourlySchedules;
    private int port;
    private String clientId = UUID.randomUUID().toString();
    private String clientSecret = TokenBook.randomSecret();
    private AirbyteVersion airbyteVersion = AirbyteVersion.LATEST;
    private final List<Consumer<Seeder>> initialSeeds = new ArrayList<>();

    Builder() {}

    /**
     * Makes the fake behave as {@code version}: every response carries only what that version guarantees (its
     * required properties, none it lacks, only its enum values) and the version's server behaviour applies (e.g.
     * which job types {@code GET /jobs} lists by default). The default, {@link AirbyteVersion#LATEST}, sends full
     * responses. The module README lists what changes per version.
     *
     * <pre>{@code
     * FakeAirbyteServer v2 = FakeAirbyteServer.builder().airbyteVersion(AirbyteVersion.of("2.0.0")).build();
     * }</pre>
     *
     * @param version the version
     * @return this
     */
    public Builder airbyteVersion(AirbyteVersion version) {
      this.airbyteVersion = Objects.requireNonNull(version, "version == null");
      return this;
    }

    /**
     * Makes the fake behave as the version named {@code version}; see {@link #airbyteVersion(AirbyteVersion)}.
     *
     * @param version a version number such as {@code "1.6.0"}, or {@code "latest"}
     * @return this
     * @throws IllegalArgumentException if the fake does not know that version
     */
    public Builder airbyteVersion(String version) {
      return airbyteVersion(AirbyteVersion.of(version));
    }

    /**
   * How long tokens live; 900 s by default, as on recent Airbyte servers.
   *
   * @param lifetime how long tokens live
   * @return this
   */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime == null");
      if (lifetime.isNegative() || lifetime.isZero()) {
        throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
      }
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Whether unknown request properties are refused with 400 (Airbyte's strict JSON mode);
     * by default they are dropped, as Airbyte does.
     *
     * @param strict whether unknown properties are refused
     * @return this
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
   * Clock for token expiry and job timestamps; the system UTC clock by default.
   *
   * @param clock the clock
   * @return this
   */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
   * Accepts cron schedules that run more often than hourly (never more than once a minute).
   *
   * @return this
   */
    public Builder allowSubHourlySchedules() {
      this.allowSubHourlySchedules = true;
      return this;
    }

    /**
   * Loopback port to listen on; 0 (the default) picks a free one.
   *
   * @param port the port
   * @return this
   */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("not a port: " + port);
      }
      this.port = port;
      return this;
    }

    /**
   * Credentials the token endpoint accepts; random by default.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @return this
   */
    public Builder credentials(String clientId, String clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /**
   * Seeding applied at start and again after every {@link FakeAirbyteServer#reset()}.
   *
   * @param seed the seeding to apply
   * @return this
   */
    public Builder initialSeed(Consumer<Seeder> seed) {
      initialSeeds.add(Objects.requireNonNull(seed, "seed == null"));
      return this;
    }

    /**
   * Applies the {@code demo} seed at start and after every reset.
   *
   * @return this
   */
    public Builder demoSeed() {
      return initialSeed(DemoSeed::apply);
    }

    /**
   * Applies the seed file at start and after every reset.
   *
   * @param json the seed file
   * @return this
   */
    public Builder seedFile(Path json) {
      Objects.requireNonNull(json, "json == null");
      return initialSeed(seeder -> SeedFile.apply(json, seeder));
    }

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
