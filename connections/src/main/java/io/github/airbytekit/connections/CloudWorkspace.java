package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ApiRoots;
import io.github.airbytekit.connections.internal.ConnectionView;
import io.github.airbytekit.connections.internal.Credentials;
import io.github.airbytekit.connections.internal.EnvironmentSettings;
import io.github.airbytekit.connections.internal.HttpSettings;
import io.github.airbytekit.connections.internal.Page;
import io.github.airbytekit.connections.internal.Sleeper;
import io.github.airbytekit.connections.internal.Transport;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * An Airbyte workspace, the entry point to its connections, sources and destinations.
 *
 * <pre>{@code
 * try (CloudWorkspace workspace = CloudWorkspace.builder()
 *     .workspaceId(workspaceId)
 *     .clientCredentials(clientId, Secret.of(clientSecret))
 *     .build()) {
 *   CloudConnection connection = workspace.getConnection(connectionId); // no I/O
 *   connection.runSync();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe. All connections of a workspace share one HTTP client and one token: with client
 * credentials a token is fetched once per lifetime (refreshed shortly before it expires, or once after a 401) and
 * used for both the public and the Config API. {@link #close()} releases the HTTP client the workspace created; a
 * client passed to {@link Builder#okHttpClient(OkHttpClient)} is never closed.
 */
public final class CloudWorkspace implements AutoCloseable {
  /** The default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default read timeout: creating a job can take a minute. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
  /** The default write timeout. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

  private final Builder settings;
  private final String apiRoot;
  private final @Nullable String configApiRoot;
  private final String webUrlRoot;
  private final Transport transport;
  private final Collaborators collaborators;

  private CloudWorkspace(Builder settings, String workspaceId, String apiRoot, @Nullable String configApiRoot,
      String webUrlRoot, Transport transport) {
    this.settings = settings;
    this.apiRoot = apiRoot;
    this.configApiRoot = configApiRoot;
    this.webUrlRoot = webUrlRoot;
    this.transport = transport;
    this.collaborators = new Collaborators(workspaceId, webUrlRoot, transport, settings.clock, settings.sleeper,
        settings.retryPolicy, settings.pollPolicy);
  }

  /** {@return a new builder; {@code workspaceId} and one kind of credentials are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A workspace configured by the process environment: {@code AIRBYTE_WORKSPACE_ID}, {@code AIRBYTE_CLIENT_ID} and
   * {@code AIRBYTE_CLIENT_SECRET} or {@code AIRBYTE_BEARER_TOKEN}, {@code AIRBYTE_API_ROOT} and
   * {@code AIRBYTE_CONFIG_API_ROOT}, each also read under its long {@code AIRBYTE_CLOUD_*} name (such as
   * {@code AIRBYTE_CLOUD_CONFIG_API_URL}). This and {@link #builderFromEnvironment(Map)} are the only places the
   * library reads environment variables.
   *
   * @return the workspace (no I/O)
   * @throws AirbyteInputException naming every missing or conflicting variable
   */
  public static CloudWorkspace fromEnvironment() {
    return builderFromEnvironment(System.getenv()).build();
  }

  /**
   * Like {@link #fromEnvironment()}, reading {@code environment} instead of the process environment.
   *
   * @param environment variable names to values
   * @return the workspace (no I/O)
   */
  public static CloudWorkspace fromEnvironment(Map<String, String> environment) {
    return builderFromEnvironment(environment).build();
  }

  /**
   * A builder pre-filled from {@code environment} (see {@link #fromEnvironment()}), for adding settings such as
   * timeouts before {@link Builder#build()}; settings set afterwards replace those from the environment.
   *
   * @param environment variable names to values
   * @return the pre-filled builder
   */
  public static Builder builderFromEnvironment(Map<String, String> environment) {
    EnvironmentSettings found = EnvironmentSettings.of(Objects.requireNonNull(environment, "environment == null"));
    Builder builder = new Builder();
    builder.fromEnvironment = true;
    builder.workspaceId = found.workspaceId();
    builder.clientId = found.clientId();
    builder.clientSecret = found.clientSecret() == null ? null : Secret.of(found.clientSecret());
    builder.bearerToken = found.bearerToken() == null ? null : Secret.of(found.bearerToken());
    if (found.apiRoot() != null) {
      builder.apiRoot(found.apiRoot());
    }
    builder.configApiRoot = found.configApiRoot();
    return builder;
  }

  /** {@return a builder holding this workspace's settings, to make a variant such as another workspace id} */
  public Builder newBuilder() {
    return settings.copy();
  }

  /** {@return the workspace id} */
  public String workspaceId() {
    return collaborators.workspaceId;
  }

  /** {@return the public API root, without a trailing {@code /}} */
  public String apiRoot() {
    return apiRoot;
  }

  /** {@return the resolved Config API root} */
  public @Nullable String configApiRoot() {
    return configApiRoot;
  }

  /** {@return the web UI root, such as {@code https://cloud.airbyte.com}, without a trailing {@code /}} */
  public String webUrlRoot() {
    return webUrlRoot;
  }

  /** {@return the workspace in the web UI: {@code {webUrlRoot}/workspaces/{workspaceId}}} */
  public String workspaceUrl() {
    return collaborators.links.workspace();
  }

  /**
   * A handle on a connection; no I/O (use {@link CloudConnection#checkIsValid()}).
   *
   * @param connectionId the connection id
   * @return a handle whose details are fetched (and checked) on first use
   */
  public CloudConnection getConnection(String connectionId) {
    return connection(requireId(connectionId, "connectionId"), null);
  }

  /**
   * A handle on a source; no I/O.
   *
   * @param sourceId the source id
   * @return a handle whose details are fetched (and checked) on first use
   */
  public CloudSource getSource(String sourceId) {
    String id = requireId(sourceId, "sourceId");
    return new CloudSource(this, collaborators.connectors, id, collaborators.links.connector("source", id));
  }

  /**
   * A handle on a destination; no I/O.
   *
   * @param destinationId the destination id
   * @return a handle whose details are fetched (and checked) on first use
   */
  public CloudDestination getDestination(String destinationId) {
    String id = requireId(destinationId, "destinationId");
    return new CloudDestination(this, collaborators.connectors, id,
        collaborators.links.connector("destination", id));
  }

  /** {@return every connection of the workspace (deleted ones excluded), each with its details already loaded} */
  public List<CloudConnection> listConnections() {
    return listConnections(ConnectionQuery.builder().build());
  }

  /**
   * The connections matching {@code query}. Pages of up to 100 are requested by offset; without a name filter a
   * limit below 100 requests only that many.
   *
   * @param query which connections
   * @return the matching connections, each with its details already loaded
   */
  public List<CloudConnection> listConnections(ConnectionQuery query) {
    Objects.requireNonNull(query, "query == null");
    Predicate<String> filter = query.matcher();
    Integer limit = query.getLimit();
    List<CloudConnection> result = new ArrayList<>();
    int offset = 0;
    while (limit == null || result.size() < limit) {
      int remaining = limit == null ? Integer.MAX_VALUE : limit - result.size();
      Page<ConnectionView> page = collaborators.connections.list(workspaceId(), query.isFiltered() ? 100
          : Math.min(remaining, 100), offset);
      for (ConnectionView info : page.data()) {
        if (limit != null && result.size() >= limit) {
          break;
        }
        if (filter.test(info.name().orElse(""))) {
          result.add(connection(info.connectionId(),
              workspaceId().equalsIgnoreCase(info.workspaceId()) ? info : null)); // cache only what is verified
        }
      }
      offset += page.data().size();
      if (page.data().isEmpty() || page.isLast()) {
        break;
      }
    }
    return List.copyOf(result);
  }

  /**
   * Deletes a connection in safe mode: its name must contain the word {@code delete-me} or {@code deleteme}.
   * Requests: GET connection, DELETE connection.
   *
   * @param connectionId the connection id
   */
  public void permanentlyDeleteConnection(String connectionId) {
    permanentlyDeleteConnection(connectionId, false, false, true);
  }

  /**
   * Deletes a connection and, optionally, its source and destination. Every safe-mode check (and the workspace
   * check) runs before anything is deleted, so a refusal leaves everything in place.
   *
   * @param connectionId the connection id
   * @param cascadeSource also delete the source
   * @param cascadeDestination also delete the destination
   * @param safeMode when {@code true}, each deleted resource's name must contain the word {@code delete-me} or
   *     {@code deleteme}; when {@code false} and nothing is cascaded, only the workspace check (one GET) and the
   *     DELETE are sent
   */
  public void permanentlyDeleteConnection(
      String connectionId, boolean cascadeSource, boolean cascadeDestination, boolean safeMode) {
    getConnection(connectionId).permanentlyDelete(cascadeSource, cascadeDestination, safeMode);
  }

  /**
   * Deletes a source in safe mode (GET source, then DELETE).
   *
   * @param sourceId the source id
   */
  public void permanentlyDeleteSource(String sourceId) {
    permanentlyDeleteSource(sourceId, true);
  }

  /**
   * Deletes a source after the workspace check; with {@code safeMode} its name must contain the word delete-me.
   *
   * @param sourceId the source id
   * @param safeMode require the delete-me word in the name
   */
  public void permanentlyDeleteSource(String sourceId, boolean safeMode) {
    getSource(sourceId).permanentlyDelete(safeMode);
  }

  /**
   * Deletes a destination in safe mode (GET destination, then DELETE).
   *
   * @param destinationId the destination id
   */
  public void permanentlyDeleteDestination(String destinationId) {
    permanentlyDeleteDestination(destinationId, true);
  }

  /**
   * Deletes a destination after the workspace check; with {@code safeMode} its name must contain delete-me.
   *
   * @param destinationId the destination id
   * @param safeMode require the delete-me word in the name
   */
  public void permanentlyDeleteDestination(String destinationId, boolean safeMode) {
    getDestination(destinationId).permanentlyDelete(safeMode);
  }

  /**
   * Releases the HTTP client this workspace created (its dispatcher threads and pooled connections); a client
   * passed to {@link Builder#okHttpClient(OkHttpClient)} is left alone. Handles of this workspace must not be used
   * afterwards.
   */
  @Override
  public void close() {
    transport.close();
  }

  private CloudConnection connection(String connectionId, @Nullable ConnectionView verified) {
    return new CloudConnection(this, collaborators,
        new ConnectionDetails(collaborators.connections, workspaceId(), connectionId, verified));
  }

  private static String requireId(String id, String what) {
    Objects.requireNonNull(id, what + " == null");
    if (id.isBlank()) {
      throw new AirbyteInputException(what + " must not be blank.");
    }
    return id;
  }

  /** No I/O; secrets never appear. */
  @Override
  public String toString() {
    return "CloudWorkspace{workspaceId=" + workspaceId() + ", apiRoot=" + apiRoot + ", configApiRoot="
        + configApiRoot + ", auth=" + settings.credentials().describe() + "}";
  }

  /**
   * Builds a {@link CloudWorkspace}. Required: {@link #workspaceId(String)} and either
   * {@link #clientCredentials(String, Secret)} or {@link #bearerToken(Secret)}. Reads no environment variable (see
   * {@link CloudWorkspace#builderFromEnvironment(Map)}); every setting may be set again to replace it.
   */
  public static final class Builder {
    private boolean fromEnvironment;
    private @Nullable String workspaceId;
    private @Nullable String clientId;
    private @Nullable Secret clientSecret;
    private @Nullable Secret bearerToken;
    private String apiRoot = ApiRoots.CLOUD_API_ROOT;
    private @Nullable String configApiRoot;
    private @Nullable String webUrlRoot;
    private @Nullable OkHttpClient okHttpClient;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private PollPolicy pollPolicy = PollPolicy.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    private Builder copy() {
      Builder copy = new Builder();
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
      return copy;
    }

    /**
     * The workspace id (required).
     *
     * @param workspaceId the workspace id
     * @return this builder
     */
    public Builder workspaceId(String workspaceId) {
      this.workspaceId = Objects.requireNonNull(workspaceId, "workspaceId == null");
      return this;
    }

    /**
     * Client credentials of an Airbyte application; exclusive with {@link #bearerToken(Secret)}.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, Secret clientSecret) {
      return clientId(clientId).clientSecret(clientSecret);
    }

    /**
     * The client id alone; {@link #build()} fails unless {@link #clientSecret(Secret)} is set too.
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      return this;
    }

    /**
     * The client secret alone; {@link #build()} fails unless {@link #clientId(String)} is set too.
     *
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /**
     * A ready bearer token (a {@code Bearer } prefix is tolerated); exclusive with client credentials.
     *
     * @param bearerToken the bearer token
     * @return this builder
     */
    public Builder bearerToken(Secret bearerToken) {
      this.bearerToken = Objects.requireNonNull(bearerToken, "bearerToken == null");
      return this;
    }

    /**
     * The public API root; default {@code https://api.airbyte.com/v1}.
     *
     * @param apiRoot the public API root
     * @return this builder
     */
    public Builder apiRoot(String apiRoot) {
      this.apiRoot = Objects.requireNonNull(apiRoot, "apiRoot == null");
      return this;
    }

    /**
     * The Config API root. When absent: {@code https://cloud.airbyte.com/api/v1} for the Cloud API, else
     * {@code …/api/public/v1} becomes {@code …/api/v1}.
     *
     * @param configApiRoot the Config API root
     * @return this builder
     */
    public Builder configApiRoot(String configApiRoot) {
      this.configApiRoot = Objects.requireNonNull(configApiRoot, "configApiRoot == null");
      return this;
    }

    /**
     * The web UI root used for URLs; default derived from the API root's host.
     *
     * @param webUrlRoot the web UI root
     * @return this builder
     */
    public Builder webUrlRoot(String webUrlRoot) {
      this.webUrlRoot = Objects.requireNonNull(webUrlRoot, "webUrlRoot == null");
      return this;
    }

    /**
     * A client to share connection pool, dispatcher, proxy and interceptors with; the workspace adds its own
     * timeouts, retry and auth interceptors to a derived client (with OkHttp's silent retry-on-connection-failure
     * turned off, as it could resend a write), and never changes or closes yours.
     *
     * @param okHttpClient the client to share
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * Connect timeout; default 10 s.
     *
     * @param connectTimeout the connect timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout == null");
      return this;
    }

    /**
     * Read timeout; default 90 s (creating a job can take a minute).
     *
     * @param readTimeout the read timeout
     * @return this builder
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout == null");
      return this;
    }

    /**
     * Write timeout; default 30 s.
     *
     * @param writeTimeout the write timeout
     * @return this builder
     */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = Objects.requireNonNull(writeTimeout, "writeTimeout == null");
      return this;
    }

    /**
     * Retries of reads; default {@link RetryPolicy#defaults()}.
     *
     * @param retryPolicy the retry policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Polling while waiting for jobs; default {@link PollPolicy#defaults()} (1 s growing to 10 s).
     *
     * @param pollPolicy the poll policy
     * @return this builder
     */
    public Builder pollPolicy(PollPolicy pollPolicy) {
      this.pollPolicy = Objects.requireNonNull(pollPolicy, "pollPolicy == null");
      return this;
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
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /** The pauses of waits and retries; a test hook for virtual time, so not public. */
    Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper == null");
      return this;
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
      requireId(connectionId, "connectionId");
      check(false);
      Transport transport = transport();
      ConnectionView info = transport.connections().get(connectionId);
      String actual = info.workspaceId();
      if (actual == null) {
        transport.close();
        throw new AirbyteInputException("Airbyte did not say which workspace connection " + connectionId
            + " belongs to; set workspaceId(…).");
      }
      Builder settings = copy().workspaceId(actual);
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

    private CloudWorkspace assemble(String id, Transport transport) {
      String api = ApiRoots.normalize("apiRoot", apiRoot);
      return new CloudWorkspace(copy(), id, api, ApiRoots.resolveConfigRoot(configApiRoot, api),
          ApiRoots.resolveWebRoot(webUrlRoot, api), transport);
    }

    private Transport transport() {
      String api = ApiRoots.normalize("apiRoot", apiRoot);
      return Transport.create(api, ApiRoots.resolveConfigRoot(configApiRoot, api),
          ApiRoots.unresolvableConfigRootMessage(api),
          new HttpSettings(okHttpClient, connectTimeout, readTimeout, writeTimeout, retryPolicy, sleeper, clock),
          credentials());
    }

    Credentials credentials() {
      return new Credentials(bearerToken, clientId, clientSecret);
    }

    private void check(boolean needsWorkspace) {
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
      if (!problems.isEmpty()) {
        throw new AirbyteInputException(String.join(" ", problems));
      }
    }
  }
}
