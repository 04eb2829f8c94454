package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.SeedFile;
import io.github.airbytekit.testkit.internal.TokenBook;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The options of {@link FakeAirbyteServer.Builder}, kept apart so the server class stays small; users only ever
 * see them as the builder's methods.
 */
abstract class ServerOptions {
  Duration tokenLifetime = Duration.ofSeconds(900);
  boolean strict;
  Clock clock = Clock.systemUTC();
  boolean allowSubHourlySchedules;
  boolean structuredLogs;
  boolean adminEndpoint;
  ApiLayout layout = ApiLayout.SELF_MANAGED;
  int port;
  String clientId = UUID.randomUUID().toString();
  String clientSecret = TokenBook.randomSecret();
  AirbyteVersion airbyteVersion = AirbyteVersion.LATEST;
  int journalCapacity = DEFAULT_JOURNAL_CAPACITY;
  final List<Consumer<Seeder>> initialSeeds = new ArrayList<>();

  /** The journal keeps this many requests unless told otherwise (about 136 MB at 1.4 KB a request). */
  static final int DEFAULT_JOURNAL_CAPACITY = 100_000;

  ServerOptions() {}

  /**
   * How many requests the journal keeps (default 100,000); older ones are dropped and counted by {@link
   * RequestJournal#dropped()}, so a long-running fake (a load test, {@code fake-server}) has bounded memory.
   *
   * @param capacity at least 1
   * @return this
   */
  public FakeAirbyteServer.Builder journalCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.journalCapacity = capacity;
    return self();
  }

  private FakeAirbyteServer.Builder self() {
    return (FakeAirbyteServer.Builder) this;
  }

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
  public FakeAirbyteServer.Builder airbyteVersion(AirbyteVersion version) {
    this.airbyteVersion = Objects.requireNonNull(version, "version == null");
    return self();
  }

  /**
   * Makes the fake behave as the version named {@code version}; see {@link #airbyteVersion(AirbyteVersion)}.
   *
   * @param version a version number such as {@code "1.6.0"}, or {@code "latest"}
   * @return this
   * @throws IllegalArgumentException if the fake does not know that version
   */
  public FakeAirbyteServer.Builder airbyteVersion(String version) {
    return airbyteVersion(AirbyteVersion.of(version));
  }

  /**
   * How long tokens live; 900 s by default, as on recent Airbyte servers.
   *
   * @param lifetime how long tokens live
   * @return this
   */
  public FakeAirbyteServer.Builder tokenLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.isNegative() || lifetime.isZero()) {
      throw new IllegalArgumentException("lifetime must be positive: " + lifetime);
    }
    this.tokenLifetime = lifetime;
    return self();
  }

  /**
   * Whether unknown request properties are refused with 400 (Airbyte's strict JSON mode), and enum values our
   * openapi/ documents do not list with 400 (public API) or 422 (Config API), naming the JSON path; by default
   * unknown properties are dropped, as Airbyte does.
   *
   * @param strict whether unknown properties are refused
   * @return this
   */
  public FakeAirbyteServer.Builder strict(boolean strict) {
    this.strict = strict;
    return self();
  }

  /**
   * Clock for token expiry and job timestamps; the system UTC clock by default.
   *
   * @param clock the clock
   * @return this
   */
  public FakeAirbyteServer.Builder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return self();
  }

  /**
   * Accepts cron schedules that run more often than hourly (never more than once a minute).
   *
   * @return this
   */
  public FakeAirbyteServer.Builder allowSubHourlySchedules() {
    this.allowSubHourlySchedules = true;
    return self();
  }

  /**
   * Makes {@code jobs/get} send every connection's attempt logs as structured events ({@code logType: structured},
   * {@code logs: {events: [...]}}), as newer Airbyte servers do, instead of plain lines; {@link
   * FakeJobs#structuredLogs(String, boolean)} still chooses per connection.
   *
   * @param structured true for events, false (the default) for lines
   * @return this
   */
  public FakeAirbyteServer.Builder structuredLogs(boolean structured) {
    this.structuredLogs = structured;
    return self();
  }

  /**
   * Serves the fake's controls over HTTP under {@code /__admin} (no authentication), for tests in other languages:
   * {@code GET /__admin/requests} (the journal as JSON), {@code POST /__admin/reset} ({@link
   * FakeAirbyteServer#reset()}), {@code POST /__admin/seed} (a seed document, as {@link
   * FakeAirbyteServer#seedFrom}). Off by default; the standalone {@code FakeAirbyteServerMain} turns it on.
   *
   * @param enabled whether to serve them
   * @return this
   */
  public FakeAirbyteServer.Builder adminEndpoint(boolean enabled) {
    this.adminEndpoint = enabled;
    return self();
  }

  /**
   * Where the fake serves the two APIs: {@link ApiLayout#SELF_MANAGED} (the default) or {@link ApiLayout#CLOUD}
   * (public API under {@code /v1}).
   *
   * @param layout the layout
   * @return this
   */
  public FakeAirbyteServer.Builder layout(ApiLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout == null");
    return self();
  }

  /**
   * Loopback port to listen on; 0 (the default) picks a free one.
   *
   * @param port the port
   * @return this
   */
  public FakeAirbyteServer.Builder port(int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("not a port: " + port);
    }
    this.port = port;
    return self();
  }

  /**
   * Credentials the token endpoint accepts; random by default.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @return this
   */
  public FakeAirbyteServer.Builder credentials(String clientId, String clientSecret) {
    this.clientId = Objects.requireNonNull(clientId, "clientId == null");
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
    return self();
  }

  /**
   * Seeding applied at start and again after every {@link FakeAirbyteServer#reset()}.
   *
   * @param seed the seeding to apply
   * @return this
   */
  public FakeAirbyteServer.Builder initialSeed(Consumer<Seeder> seed) {
    initialSeeds.add(Objects.requireNonNull(seed, "seed == null"));
    return self();
  }

  /**
   * Applies the {@code demo} seed at start and after every reset.
   *
   * @return this
   */
  public FakeAirbyteServer.Builder demoSeed() {
    return initialSeed(DemoSeed::apply);
  }

  /**
   * Applies the seed file at start and after every reset.
   *
   * @param json the seed file
   * @return this
   */
  public FakeAirbyteServer.Builder seedFile(Path json) {
    Objects.requireNonNull(json, "json == null");
    return initialSeed(seeder -> SeedFile.apply(json, seeder));
  }
}
