package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ApiRoots;
import io.github.airbytekit.connections.internal.ConnectionView;
import io.github.airbytekit.connections.internal.Credentials;
import io.github.airbytekit.connections.internal.HttpSettings;
import io.github.airbytekit.connections.internal.SafeEventListener;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.connections.internal.Transport;
import io.github.airbytekit.connections.internal.VersionProfile;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings and checks of {@link CloudWorkspace.Builder}, kept out of the facade's file.
 *
 * <p>Package-private, so no part of the API: its public methods are documented here and appear on
 * {@link CloudWorkspace.Builder}, its only subclass (the same pattern as the value types' generated builders).
 */
abstract class WorkspaceSettings {
  WorkspaceSettings() {}

  private CloudWorkspace.Builder self() {
    return (CloudWorkspace.Builder) this;
  }

  boolean fromEnvironment;
  @Nullable String workspaceId;
  @Nullable String clientId;
  @Nullable Secret clientSecret;
  @Nullable Secret bearerToken;
  String apiRoot = ApiRoots.CLOUD_API_ROOT;
  @Nullable String configApiRoot;
  @Nullable String webUrlRoot;
  @Nullable OkHttpClient okHttpClient;
  Duration connectTimeout = CloudWorkspace.DEFAULT_CONNECT_TIMEOUT;
  Duration readTimeout = CloudWorkspace.DEFAULT_READ_TIMEOUT;
  Duration writeTimeout = CloudWorkspace.DEFAULT_WRITE_TIMEOUT;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  PollPolicy pollPolicy = PollPolicy.defaults();
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.system();
  String airbyteVersion = VersionProfile.LATEST;
  /** Where {@link #airbyteVersion} came from, for the message when no profile has it. */
  String airbyteVersionOrigin = "airbyteVersion(…)";
  @Nullable WaitScheduler scheduler;
  int asyncWorkers = PollingScheduler.DEFAULT_WORKERS;
  AirbyteEventListener eventListener = AirbyteEventListener.NONE;

  /** A builder with the same settings. */
  CloudWorkspace.Builder copy() {
    CloudWorkspace.Builder copy = new CloudWorkspace.Builder();
    copy.fromEnvironment = fromEnvironment;
    copy.workspaceId = workspaceId;
    copy.clientId = clientId;
    copy.clientSecret = clientSecret;
    copy.bearerToken = bearerToken;
    copy.apiRoot = apiRoot;
    copy.configApiRoot = configApiRoot;
    copy.webUrlRoot = webUrlRoot;
    copy.okHttpClient = okHttpClient;
    copy.connectTimeout = connectTimeout;
    copy.readTimeout = readTimeout;
    copy.writeTimeout = writeTimeout;
    copy.retryPolicy = retryPolicy;
    copy.pollPolicy = pollPolicy;
    copy.clock = clock;
    copy.sleeper = sleeper;
    copy.airbyteVersion = airbyteVersion;
    copy.airbyteVersionOrigin = airbyteVersionOrigin;
    copy.scheduler = scheduler;
    copy.asyncWorkers = asyncWorkers;
    copy.eventListener = eventListener;
    return copy;
  }

  /**
   * The workspace id (required).
   *
   * @param workspaceId the workspace id
   * @return this builder
   */
  public CloudWorkspace.Builder workspaceId(String workspaceId) {
    this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId == null");
    return self();
  }

  /**
   * Client credentials of an Airbyte application; exclusive with {@link #bearerToken(Secret)}.
   *
   * @param clientId the client id
   * @param clientSecret the client secret
   * @return this builder
   */
  public CloudWorkspace.Builder clientCredentials(String clientId, Secret clientSecret) {
    return clientId(clientId).clientSecret(clientSecret);
  }

  /**
   * The client id alone; {@link CloudWorkspace.Builder#build()} fails unless {@link #clientSecret(Secret)} is set too.
   *
   * @param clientId the client id
   * @return this builder
   */
  public CloudWorkspace.Builder clientId(String clientId) {
    this.clientId = Objects.requireNonNull(clientId, "clientId == null");
    return self();
  }

  /**
   * The client secret alone; {@link CloudWorkspace.Builder#build()} fails unless {@link #clientId(String)} is set too.
   *
   * @param clientSecret the client secret
   * @return this builder
   */
  public CloudWorkspace.Builder clientSecret(Secret clientSecret) {
    this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
    return self();
  }

  /**
   * A ready bearer token (a {@code Bearer } prefix is tolerated); exclusive with client credentials.
   *
   * @param bearerToken the bearer token
   * @return this builder
   */
  public CloudWorkspace.Builder bearerToken(Secret bearerToken) {
    this.bearerToken = Objects.requireNonNull(bearerToken, "bearerToken == null");
    return self();
  }

  /**
   * The public API root; default {@code https://api.airbyte.com/v1}.
   *
   * @param apiRoot the public API root
   * @return this builder
   */
  public CloudWorkspace.Builder apiRoot(String apiRoot) {
    this.apiRoot = Objects.requireNonNull(apiRoot, "apiRoot == null");
    return self();
  }

  /**
   * The Config API root. When absent: {@code https://cloud.airbyte.com/api/v1} for the Cloud API, else
   * {@code …/api/public/v1} becomes {@code …/api/v1}.
   *
   * @param configApiRoot the Config API root
   * @return this builder
   */
  public CloudWorkspace.Builder configApiRoot(String configApiRoot) {
    this.configApiRoot = Objects.requireNonNull(configApiRoot, "configApiRoot == null");
    return self();
  }

  /**
   * The web UI root used for URLs; default derived from the API root's host.
   *
   * @param webUrlRoot the web UI root
   * @return this builder
   */
  public CloudWorkspace.Builder webUrlRoot(String webUrlRoot) {
    this.webUrlRoot = Objects.requireNonNull(webUrlRoot, "webUrlRoot == null");
    return self();
  }

  /**
   * A client to share connection pool, dispatcher, proxy and interceptors with; the workspace adds its own
   * timeouts, retry and auth interceptors to a derived client (with OkHttp's silent retry-on-connection-failure
   * turned off, as it could resend a write), and never changes or closes yours.
   *
   * @param okHttpClient the client to share
   * @return this builder
   */
  public CloudWorkspace.Builder okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
    return self();
  }

  /**
   * Connect timeout; default 10 s.
   *
   * @param connectTimeout the connect timeout
   * @return this builder
   */
  public CloudWorkspace.Builder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
    return self();
  }

  /**
   * Read timeout; default 90 s (creating a job can take a minute).
   *
   * @param readTimeout the read timeout
   * @return this builder
   */
  public CloudWorkspace.Builder readTimeout(Duration readTimeout) {
    this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout == null");
    return self();
  }

  /**
   * Write timeout; default 30 s.
   *
   * @param writeTimeout the write timeout
   * @return this builder
   */
  public CloudWorkspace.Builder writeTimeout(Duration writeTimeout) {
    this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout == null");
    return self();
  }

  /**
   * Retries of reads; default {@link RetryPolicy#defaults()}.
   *
   * @param retryPolicy the retry policy
   * @return this builder
   */
  public CloudWorkspace.Builder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
    return self();
  }

  /**
   * Polling while waiting for jobs; default {@link PollPolicy#defaults()} (1 s growing to 10 s).
   *
   * @param pollPolicy the poll policy
   * @return this builder
   */
  public CloudWorkspace.Builder pollPolicy(PollPolicy pollPolicy) {
    this.pollPolicy = Objects.requireNonNull(pollPolicy, "pollPolicy == null");
    return self();
  }

  /**
   * The clock for token expiry, wait deadlines and {@code Retry-After} dates; default UTC system clock. A wait
   * also ends once its pauses add up to its timeout, so a stopped clock ({@code Clock.fixed}) cannot make it
   * endless. It also dates sync requests, whose recovery tolerates this clock running up to two minutes ahead of
   * Airbyte's.
   *
   * @param clock the clock
   * @return this builder
   */
  public CloudWorkspace.Builder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock == null");
    return self();
  }

  /**
   * The Airbyte version the server runs, such as {@code 1.8.0} (or {@code v1.8.0}); default {@code latest}
   * (Airbyte Cloud, and self-managed servers as new as today's). An operation whose endpoint that version does not
   * have then fails with {@link AirbyteVersionGapException} before anything is sent, and writes send only what that
   * version accepts (before 1.8.0: streams selected by name alone).
   *
   * @param airbyteVersion a version airbytekit has a profile of, or {@code latest}; {@link
   *     CloudWorkspace.Builder#build()} fails listing the supported ones otherwise
   * @return this builder
   */
  public CloudWorkspace.Builder airbyteVersion(String airbyteVersion) {
    this.airbyteVersion = Objects.requireNonNull(airbyteVersion, "airbyteVersion == null");
    this.airbyteVersionOrigin = "airbyteVersion(…)";
    return self();
  }

  /**
   * Receives every HTTP call, retry, token mint and sync progress of the workspace, for metrics or tracing; default
   * {@link AirbyteEventListener#NONE}. Independent of logging (see the SLF4J loggers {@code io.github.airbytekit.*}).
   *
   * @param eventListener the listener; exceptions it throws are logged and otherwise ignored
   * @return this builder
   */
  public CloudWorkspace.Builder eventListener(AirbyteEventListener eventListener) {
    this.eventListener = Objects.requireNonNull(eventListener, "eventListener == null");
    return self();
  }

  /**
   * How many threads make the HTTP calls of the workspace's asynchronous waits ({@code runSyncAsync},
   * {@code runJobAsync}, {@code waitForCompletionAsync}); default 4. Besides them the scheduler has one timer
   * thread; all start on first use and idle workers end after 30 s. More workers let many waits that poll at the
   * same moment do so sooner; pauses hold no thread whatever the number.
   *
   * @param asyncWorkers the number of worker threads; {@link CloudWorkspace.Builder#build()} fails unless at least 1
   * @return this builder
   */
  public CloudWorkspace.Builder asyncWorkers(int asyncWorkers) {
    this.asyncWorkers = asyncWorkers;
    return self();
  }

  /** The pauses of waits and retries; a test hook for virtual time, so not public. */
  CloudWorkspace.Builder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
    return self();
  }

  /** Runs the asynchronous waits (default: a {@link PollingScheduler} per workspace); a test hook, so not public. */
  CloudWorkspace.Builder scheduler(WaitScheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler == null");
    return self();
  }

  /**
   * Builds the workspace of connection {@code connectionId} when its workspace id is not known: one
   * {@code GET /connections/{id}} (plus a token) reveals it. Any workspace id set on this builder is ignored. The
   * returned connection has its details cached.
   *
   * @param connectionId the connection id
   * @return the connection, through a workspace built with its own workspace id
   * @throws AirbyteNotFoundException if the connection does not exist
   */
  public CloudConnection buildForConnection(String connectionId) {
    CloudWorkspace.requireId(connectionId, "connectionId");
    check(false);
    Transport transport = transport();
    try {
      return connectionThrough(transport, connectionId);
    } catch (RuntimeException e) {
      transport.close();
      throw e;
    }
  }

  /**
   * Builds the workspace of job {@code jobId} when neither its connection nor its workspace is known:
   * {@code GET /jobs/{id}} reveals the connection and {@code GET /connections/{id}} its workspace (plus a token).
   * Any workspace id set on this builder is ignored.
   *
   * @param jobId the job id
   * @return the job, through its connection and a workspace built with that connection's workspace id
   * @throws AirbyteNotFoundException if the job or its connection does not exist
   */
  public SyncResult buildForJob(long jobId) {
    check(false);
    Transport transport = transport();
    try {
      String connectionId = CloudWorkspace.connectionOf(transport.jobs().find(jobId));
      return connectionThrough(transport, connectionId).getSyncResult(jobId);
    } catch (RuntimeException e) {
      transport.close();
      throw e;
    }
  }

  /** Connection {@code connectionId} through a workspace built on {@code transport} with its own workspace id. */
  private CloudConnection connectionThrough(Transport transport, String connectionId) {
    ConnectionView info = transport.connections().get(connectionId);
    String actual = info.workspaceId();
    if (actual == null) {
      throw new AirbyteInputException("Airbyte did not say which workspace connection " + connectionId
          + " belongs to; set workspaceId(…).");
    }
    CloudWorkspace.Builder settings = copy().workspaceId(actual);
    return settings.assemble(actual, transport).connection(connectionId, info);
  }

  /**
   * Builds the workspace (no I/O).
   *
   * @return the workspace
   * @throws AirbyteInputException listing every problem: missing workspace id, no credentials, both credential
   *     kinds, half of the client credentials, invalid roots or timeouts
   */
  public CloudWorkspace build() {
    check(true);
    return assemble(Objects.requireNonNull(workspaceId).trim(), transport());
  }

  CloudWorkspace assemble(String id, Transport transport) {
    String api = ApiRoots.normalize("apiRoot", apiRoot);
    return new CloudWorkspace(copy(), id, api, ApiRoots.resolveConfigRoot(configApiRoot, api),
        ApiRoots.resolveWebRoot(webUrlRoot, api), transport);
  }

  Transport transport() {
    return transport(null);
  }

  /** A transport of these settings; with {@code tokensOf}, using its token (see {@link Transport#create}). */
  Transport transport(@Nullable Transport tokensOf) {
    String api = ApiRoots.normalize("apiRoot", apiRoot);
    return Transport.create(api, ApiRoots.resolveConfigRoot(configApiRoot, api),
        ApiRoots.unresolvableConfigRootMessage(api),
        new HttpSettings(okHttpClient, connectTimeout, readTimeout, writeTimeout, retryPolicy, sleeper, clock,
            SafeEventListener.of(eventListener)),
        credentials(), Objects.requireNonNull(VersionProfile.named(airbyteVersion)), tokensOf);
  }

  Credentials credentials() {
    return new Credentials(bearerToken, clientId, clientSecret);
  }

  void check(boolean needsWorkspace) {
    List<String> problems = new ArrayList<>();
    if (needsWorkspace && (workspaceId == null || workspaceId.isBlank())) {
      problems.add(fromEnvironment
          ? "Workspace ID is required: set AIRBYTE_WORKSPACE_ID (or AIRBYTE_CLOUD_WORKSPACE_ID)."
          : "Workspace ID is required: call workspaceId(…).");
    }
    boolean anyClient = clientId != null || clientSecret != null;
    if (bearerToken != null && anyClient) {
      problems.add("Cannot use both client credentials and a bearer token: provide either a client ID and"
          + " secret, or a bearer token.");
    } else if (anyClient && (clientId == null || clientId.isBlank() || clientSecret == null)) {
      problems.add("Client ID and client secret are both required (only the "
          + (clientSecret == null ? "client ID" : "client secret") + " was given); or use a bearer token.");
    } else if (!anyClient && bearerToken == null) {
      problems.add(fromEnvironment
          ? "No Airbyte credentials found: set AIRBYTE_BEARER_TOKEN, or both AIRBYTE_CLIENT_ID and"
              + " AIRBYTE_CLIENT_SECRET (or their AIRBYTE_CLOUD_* names)."
          : "No Airbyte credentials: call clientCredentials(id, secret) or bearerToken(token).");
    }
    Map<String, Duration> timeouts = new LinkedHashMap<>();
    timeouts.put("connectTimeout", connectTimeout);
    timeouts.put("readTimeout", readTimeout);
    timeouts.put("writeTimeout", writeTimeout);
    timeouts.forEach((name, timeout) -> {
      if (timeout.isNegative()) {
        problems.add(name + " must not be negative, was " + timeout);
      }
    });
    if (asyncWorkers < 1) {
      problems.add("asyncWorkers must be at least 1, was " + asyncWorkers + ".");
    }
    if (VersionProfile.named(airbyteVersion) == null) {
      problems.add("Unknown Airbyte version '" + airbyteVersion + "' (" + airbyteVersionOrigin + "): airbytekit"
          + " knows " + String.join(", ", VersionProfile.supported()) + ".");
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException(String.join(" ", problems));
    }
  }
}
