package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ApiRoots;
import io.github.airbytekit.connections.internal.AuthInterceptor;
import io.github.airbytekit.connections.internal.BearerTokenSource;
import io.github.airbytekit.connections.internal.ClientCredentialsTokenSource;
import io.github.airbytekit.connections.internal.ConfigApi;
import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.PublicApi;
import io.github.airbytekit.connections.internal.RetryInterceptor;
import io.github.airbytekit.connections.internal.SafeMode;
import io.github.airbytekit.connections.internal.TokenSource;
import io.github.airbytekit.connections.internal.UserAgentInterceptor;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
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
 * CloudWorkspace workspace = CloudWorkspace.builder()
 *     .workspaceId(workspaceId)
 *     .clientCredentials(clientId, Secret.of(clientSecret))
 *     .build();
 * CloudConnection connection = workspace.getConnection(connectionId); // no I/O
 * }</pre>
 *
 * <p>Immutable and thread-safe. All connections of a workspace share one HTTP client and one token: with
 * client credentials a token is fetched once per lifetime (refreshed shortly before it expires, or once
 * after a 401) and used for both the public and the Config API.
 */
public final class CloudWorkspace {
  /** The default connect timeout. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** The default read timeout: creating a job can take a minute. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(90);
  /** The default write timeout. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

  // Stands in for the workspace id only while buildForConnection asks Airbyte for the real one.
  private static final String UNKNOWN_WORKSPACE = "00000000-0000-0000-0000-000000000000";

  private final Builder settings;
  private final String workspaceId;
  private final String apiRoot;
  private final @Nullable String configApiRoot;
  private final String webUrlRoot;
  private final Clock clock;
  private final PollPolicy pollPolicy;
  private final RetryPolicy retryPolicy;
  private final OkHttpClient httpClient;
  private final PublicApi publicApi;
  private final ConfigApi configApi;

  private CloudWorkspace(Builder builder, String workspaceId, TokenSourceFactory tokens) {
    this.settings = builder.copy();
    this.workspaceId = workspaceId;
    this.apiRoot = ApiRoots.normalize("apiRoot", builder.apiRoot);
    this.configApiRoot = ApiRoots.resolveConfigRoot(builder.configApiRoot, builder.environment::get, apiRoot);
    this.webUrlRoot = ApiRoots.resolveWebRoot(builder.webUrlRoot, apiRoot);
    this.clock = builder.clock;
    this.pollPolicy = builder.pollPolicy;
    this.retryPolicy = builder.retryPolicy;
    OkHttpClient base = builder.okHttpClient != null ? builder.okHttpClient : new OkHttpClient();
    OkHttpClient plain = base.newBuilder()
        .connectTimeout(builder.connectTimeout)
        .readTimeout(builder.readTimeout)
        .writeTimeout(builder.writeTimeout)
        // OkHttp would silently resend a POST whose connection broke after Airbyte acted on it (a second
        // job); reads are retried by RetryInterceptor instead, writes never blindly.
        .retryOnConnectionFailure(false)
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new RetryInterceptor(retryPolicy, d -> Thread.sleep(d.toMillis())))
        .build();
    TokenSource tokenSource = tokens.create(plain, apiRoot, clock);
    this.httpClient = plain.newBuilder().addInterceptor(new AuthInterceptor(tokenSource)).build();
    this.publicApi = new PublicApi(apiRoot, httpClient);
    String unresolved = ApiRoots.unresolvableConfigRootMessage(apiRoot);
    this.configApi = new ConfigApi(configApiRoot, httpClient, () -> new AirbyteInputException(unresolved));
  }

  /** The same clients, token and settings for another workspace id (shares the token). */
  private CloudWorkspace(CloudWorkspace template, String workspaceId) {
    this.settings = template.settings.copy().workspaceId(workspaceId);
    this.workspaceId = workspaceId;
    this.apiRoot = template.apiRoot;
    this.configApiRoot = template.configApiRoot;
    this.webUrlRoot = template.webUrlRoot;
    this.clock = template.clock;
    this.pollPolicy = template.pollPolicy;
    this.retryPolicy = template.retryPolicy;
    this.httpClient = template.httpClient;
    this.publicApi = template.publicApi;
    this.configApi = template.configApi;
  }

  @FunctionalInterface
  private interface TokenSourceFactory {
    TokenSource create(OkHttpClient client, String apiRoot, Clock clock);
  }

  /**
   * Starts a workspace definition; {@code workspaceId} and one kind of credentials are required.
   *
   * @return this builder
   */
  public static Builder builder() {
    return new Builder(System.getenv());
  }

  /**
   * A workspace from {@code AIRBYTE_WORKSPACE_ID}, {@code AIRBYTE_CLIENT_ID} + {@code AIRBYTE_CLIENT_SECRET}
   * or {@code AIRBYTE_BEARER_TOKEN}, {@code AIRBYTE_API_ROOT} and {@code AIRBYTE_CONFIG_API_ROOT} (each also
   * read under its long {@code AIRBYTE_CLOUD_*} name).
   *
   * @throws AirbyteInputException naming every missing or conflicting variable
   * @return a workspace from {@code AIRBYTE_WORKSPACE_ID}, {@code AIRBYTE_CLIENT_ID} + {@code AIRBYTE_CLIENT_SECRET}  or {@code AIRBYTE_BEARER_TOKEN}, {@code AIRBYTE_API_ROOT} and {@code AIRBYTE_CONFIG_API_ROOT} (each also  read under its long {@code AIRBYTE_CLOUD_*} name)
   */
  public static CloudWorkspace fromEnvironment() {
    return builderFromEnvironment(System.getenv()).build();
  }

  /**
   * Like {@link #fromEnvironment()}, reading {@code environment} instead of the process environment.
   *
   * @param environment variable names to values
   * @return the cloud workspace
   */
  public static CloudWorkspace fromEnvironment(Map<String, String> environment) {
    return builderFromEnvironment(environment).build();
  }

  /**
   * A builder pre-filled from {@code environment} (see {@link #fromEnvironment()}), for adding settings
   * such as timeouts before {@link Builder#build()}.
   *
   * @param environment variable names to values
   * @return a builder pre-filled from {@code environment} (see {@link #fromEnvironment()}), for adding settings  such as timeouts before {@link Builder#build()}
   */
  public static Builder builderFromEnvironment(Map<String, String> environment) {
    Builder builder = new Builder(environment);
    builder.fromEnvironment = true;
    String workspaceId = env(environment, "AIRBYTE_WORKSPACE_ID", "AIRBYTE_CLOUD_WORKSPACE_ID");
    if (workspaceId != null) {
      builder.workspaceId(workspaceId);
    }
    String clientId = env(environment, "AIRBYTE_CLIENT_ID", "AIRBYTE_CLOUD_CLIENT_ID");
    String clientSecret = env(environment, "AIRBYTE_CLIENT_SECRET", "AIRBYTE_CLOUD_CLIENT_SECRET");
    String bearer = env(environment, "AIRBYTE_BEARER_TOKEN", "AIRBYTE_CLOUD_BEARER_TOKEN");
    builder.clientId = clientId;
    builder.clientSecret = clientSecret == null ? null : Secret.of(clientSecret);
    builder.bearerToken = bearer == null ? null : Secret.of(bearer);
    String apiRoot = env(environment, "AIRBYTE_API_ROOT", "AIRBYTE_CLOUD_API_URL");
    if (apiRoot != null) {
      builder.apiRoot(apiRoot);
    }
    String configRoot = env(environment, "AIRBYTE_CONFIG_API_ROOT", "AIRBYTE_CLOUD_CONFIG_API_URL");
    if (configRoot != null) {
      builder.configApiRoot(configRoot);
    }
    return builder;
  }

  private static @Nullable String env(Map<String, String> environment, String shortName, String longName) {
    for (String name : new String[] {shortName, longName}) {
      String value = environment.get(name);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  /**
   * A builder holding this workspace's settings, for a variant (e.g. another workspace id).
   *
   * @return a builder holding this workspace's settings, for a variant (e.g
   */
  public Builder newBuilder() {
    return settings.copy();
  }

  /**
   * The workspace id.
   *
   * @return the workspace id
   */
  public String workspaceId() {
    return workspaceId;
  }

  /**
   * The public API root, without a trailing {@code /}.
   *
   * @return the public API root, without a trailing {@code /}
   */
  public String apiRoot() {
    return apiRoot;
  }

  /**
   * The resolved Config API root, or {@code null} when none could be derived; Config API operations then
   * fail with an {@link AirbyteInputException} that names the option to set.
   *
   * @return the resolved Config API root, or {@code null} when none could be derived; Config API operations then  fail with an {@link AirbyteInputException} that names the option to set
   */
  public @Nullable String configApiRoot() {
    return configApiRoot;
  }

  /**
   * The web UI root, e.g. {@code https://cloud.airbyte.com}.
   *
   * @return the web UI root, without a trailing {@code /}
   */
  public String webUrlRoot() {
    return webUrlRoot;
  }

  /**
   * The workspace in the web UI: {@code {webUrlRoot}/workspaces/{workspaceId}}.
   *
   * @return the workspace in the web UI: {@code {webUrlRoot}/workspaces/{workspaceId}}
   */
  public String workspaceUrl() {
    return webUrlRoot + "/workspaces/" + workspaceId;
  }

  /**
   * A handle on connection {@code connectionId}; no I/O (use {@link CloudConnection#checkIsValid()}).
   *
   * @param connectionId the connection id
   * @return a handle on connection {@code connectionId}; no I/O (use {@link CloudConnection#checkIsValid()})
   */
  public CloudConnection getConnection(String connectionId) {
    requireId(connectionId, "connectionId");
    return new CloudConnection(this, connectionId, null);
  }

  /**
   * A handle on source {@code sourceId}; no I/O.
   *
   * @param sourceId the source id
   * @return a handle on source {@code sourceId}; no I/O
   */
  public CloudSource getSource(String sourceId) {
    requireId(sourceId, "sourceId");
    return new CloudSource(this, sourceId);
  }

  /**
   * A handle on destination {@code destinationId}; no I/O.
   *
   * @param destinationId the destination id
   * @return a handle on destination {@code destinationId}; no I/O
   */
  public CloudDestination getDestination(String destinationId) {
    requireId(destinationId, "destinationId");
    return new CloudDestination(this, destinationId);
  }

  /**
   * Every connection of the workspace (deleted ones excluded), each with its details already loaded.
   *
   * @return every connection of the workspace (deleted ones excluded), each with its details already loaded
   */
  public List<CloudConnection> listConnections() {
    return listConnections(ConnectionQuery.builder().build());
  }

  /**
   * The connections matching {@code query}. Pages of up to 100 are requested by offset; without a name
   * filter a limit below 100 requests only that many.
   *
   * @param query the query
   * @return the connections matching {@code query}
   */
  public List<CloudConnection> listConnections(ConnectionQuery query) {
    Objects.requireNonNull(query, "query == null");
    Predicate<String> filter = query.matcher();
    boolean filtered = query.getName() != null || query.getNameFilter() != null;
    Integer limit = query.getLimit();
    List<CloudConnection> result = new ArrayList<>();
    int offset = 0;
    while (limit == null || result.size() < limit) {
      int remaining = limit == null ? Integer.MAX_VALUE : limit - result.size();
      int pageSize = filtered ? 100 : Math.min(remaining, 100);
      Dto.ConnectionsPage page = publicApi.listConnections(workspaceId, pageSize, offset);
      List<Dto.Connection> data = page.data == null ? List.of() : page.data;
      if (data.isEmpty()) {
        break;
      }
      for (Dto.Connection info : data) {
        if (limit != null && result.size() >= limit) {
          break;
        }
        String name = info.name == null ? "" : info.name;
        if (filter.test(name)) {
          result.add(new CloudConnection(this, info.connectionId,
              workspaceId.equalsIgnoreCase(info.workspaceId) ? info : null)); // cache only what is verified
        }
      }
      offset += data.size();
      if (page.next == null || page.next.isEmpty()) {
        break;
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * Deletes connection {@code connectionId} in safe mode: its name must contain the word {@code delete-me}
   * or {@code deleteme}. Requests: GET connection, DELETE connection.
   *
   * @param connectionId the connection id
   */
  public void permanentlyDeleteConnection(String connectionId) {
    permanentlyDeleteConnection(connectionId, false, false, true);
  }

  /**
   * Deletes a connection and, optionally, its source and destination. Every safe-mode check (and the
   * workspace check) runs before anything is deleted, so a refusal leaves everything in place.
   *
   * @param safeMode when {@code true}, each deleted resource's name must contain the word {@code delete-me}
   *     or {@code deleteme}; when {@code false} and nothing is cascaded, only the workspace check (one GET)
   *     and the DELETE are sent
   * @param connectionId the connection id
   * @param cascadeSource also delete the source
   * @param cascadeDestination also delete the destination
   */
  public void permanentlyDeleteConnection(
      String connectionId, boolean cascadeSource, boolean cascadeDestination, boolean safeMode) {
    getConnection(connectionId).permanentlyDelete(cascadeSource, cascadeDestination, safeMode);
  }

  /**
   * Deletes source {@code sourceId} in safe mode (GET source, then DELETE).
   *
   * @param sourceId the source id
   */
  public void permanentlyDeleteSource(String sourceId) {
    permanentlyDeleteSource(sourceId, true);
  }

  /**
   * Deletes source {@code sourceId}; with {@code safeMode} its name must contain the word delete-me.
   *
   * @param sourceId the source id
   * @param safeMode require the delete-me word in each name
   */
  public void permanentlyDeleteSource(String sourceId, boolean safeMode) {
    getSource(sourceId).permanentlyDelete(safeMode);
  }

  /**
   * Deletes destination {@code destinationId} in safe mode (GET destination, then DELETE).
   *
   * @param destinationId the destination id
   */
  public void permanentlyDeleteDestination(String destinationId) {
    permanentlyDeleteDestination(destinationId, true);
  }

  /**
   * Deletes destination {@code destinationId}; with {@code safeMode} its name must contain delete-me.
   *
   * @param destinationId the destination id
   * @param safeMode require the delete-me word in each name
   */
  public void permanentlyDeleteDestination(String destinationId, boolean safeMode) {
    getDestination(destinationId).permanentlyDelete(safeMode);
  }

  static void requireSafeName(String resourceType, String id, String name) {
    if (!SafeMode.allowsDeletion(name)) {
      throw new AirbyteInputException(SafeMode.refusal(resourceType, id, name));
    }
  }

  private static void requireId(String id, String what) {
    Objects.requireNonNull(id, what + " == null");
    if (id.isBlank()) {
      throw new AirbyteInputException(what + " must not be blank.");
    }
  }

  PublicApi publicApi() {
    return publicApi;
  }

  ConfigApi configApi() {
    return configApi;
  }

  Clock clock() {
    return clock;
  }

  PollPolicy pollPolicy() {
    return pollPolicy;
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** No I/O; secrets never appear. */
  @Override
  public String toString() {
    return "CloudWorkspace{workspaceId=" + workspaceId + ", apiRoot=" + apiRoot + ", configApiRoot="
        + configApiRoot + ", auth=" + (settings.bearerToken != null ? "bearer token" : "client credentials ("
        + settings.clientId + ", " + settings.clientSecret + ")") + "}";
  }

  /**
   * Builds a {@link CloudWorkspace}. Required: {@link #workspaceId(String)} and either
   * {@link #clientCredentials(String, Secret)} or {@link #bearerToken(Secret)}.
   */
  public static final class Builder {
    private Map<String, String> environment;
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

    private Builder(Map<String, String> environment) {
      this.environment = environment;
    }

    private Builder copy() {
      Builder copy = new Builder(environment);
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
      return copy;
    }

    /**
     * The workspace id (required).
     *
     * @param workspaceId the workspace id
     * @return the workspace id (required)
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
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /**
     * The client id alone; {@link #build()} fails unless {@link #clientSecret(Secret)} is set too.
     *
     * @param clientId the client id
     * @return the client id alone; {@link #build()} fails unless {@link #clientSecret(Secret)} is set too
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId == null");
      return this;
    }

    /**
     * The client secret alone; {@link #build()} fails unless {@link #clientId(String)} is set too.
     *
     * @param clientSecret the client secret
     * @return the client secret alone; {@link #build()} fails unless {@link #clientId(String)} is set too
     */
    public Builder clientSecret(Secret clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret == null");
      return this;
    }

    /**
     * A ready bearer token (a {@code Bearer } prefix is tolerated); exclusive with client credentials.
     *
     * @param bearerToken the bearer token
     * @return a ready bearer token (a {@code Bearer } prefix is tolerated); exclusive with client credentials
     */
    public Builder bearerToken(Secret bearerToken) {
      this.bearerToken = Objects.requireNonNull(bearerToken, "bearerToken == null");
      return this;
    }

    /**
     * The public API root; default {@code https://api.airbyte.com/v1}.
     *
     * @param apiRoot the public API root
     * @return the public API root; default {@code https://api.airbyte.com/v1}
     */
    public Builder apiRoot(String apiRoot) {
      this.apiRoot = Objects.requireNonNull(apiRoot, "apiRoot == null");
      return this;
    }

    /**
     * The Config API root. When absent: {@code AIRBYTE_CLOUD_CONFIG_API_URL}, then
     * {@code https://cloud.airbyte.com/api/v1} for the Cloud API, then {@code …/api/public/v1} becomes
     * {@code …/api/v1}.
     *
     * @param configApiRoot the Config API root
     * @return the Config API root
     */
    public Builder configApiRoot(String configApiRoot) {
      this.configApiRoot = Objects.requireNonNull(configApiRoot, "configApiRoot == null");
      return this;
    }

    /**
     * The web UI root used for URLs; default derived from the API root's host.
     *
     * @param webUrlRoot the web UI root
     * @return the web UI root used for URLs; default derived from the API root's host
     */
    public Builder webUrlRoot(String webUrlRoot) {
      this.webUrlRoot = Objects.requireNonNull(webUrlRoot, "webUrlRoot == null");
      return this;
    }

    /**
     * A client to share connection pool, dispatcher, proxy and interceptors with; this workspace adds its
     * own timeouts, retry and auth interceptors to a derived client (with OkHttp's silent
     * retry-on-connection-failure turned off, as it could resend a write) and never changes yours.
     *
     * @param okHttpClient the client to share
     * @return a client to share connection pool, dispatcher, proxy and interceptors with; this workspace adds its  own timeouts, retry and auth interceptors to a derived client and never changes yours
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
     * Retries of idempotent reads; default {@link RetryPolicy#defaults()}.
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
     * The clock for token expiry and wait deadlines; default UTC system clock. Pauses are real time, so a
     * wait also ends once its timeout has passed in real time: a stopped clock ({@code Clock.fixed}) cannot
     * make it endless. It also dates sync requests, whose recovery tolerates this clock running up to two
     * minutes ahead of Airbyte's.
     *
     * @param clock the clock
     * @return the clock for token expiry and wait deadlines; default UTC system clock
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * The variables consulted when no Config API root is set ({@code AIRBYTE_CLOUD_CONFIG_API_URL});
     * default the process environment.
     *
     * @param environment variable names to values
     * @return the variables consulted when no Config API root is set ({@code AIRBYTE_CLOUD_CONFIG_API_URL});  default the process environment
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(Objects.requireNonNull(environment, "environment == null"));
      return this;
    }

    /**
     * Builds the workspace of connection {@code connectionId} when its workspace id is not known: one
     * {@code GET /connections/{id}} (plus a token) reveals it. Any workspace id set on this builder is
     * ignored. The returned connection has its details cached.
     *
     * @param connectionId the connection id
     * @return the connection, through a workspace built with its own workspace id
     * @throws AirbyteNotFoundException if the connection does not exist
     */
    public CloudConnection buildForConnection(String connectionId) {
      Objects.requireNonNull(connectionId, "connectionId == null");
      Builder probe = copy();
      probe.workspaceId = UNKNOWN_WORKSPACE;
      CloudWorkspace unknown = probe.build();
      Dto.Connection info = unknown.publicApi.getConnection(connectionId);
      String actual = info.workspaceId;
      if (actual == null) {
        throw new AirbyteInputException("Airbyte did not say which workspace connection " + connectionId
            + " belongs to; set workspaceId(…).");
      }
      CloudWorkspace workspace = new CloudWorkspace(unknown, actual);
      return new CloudConnection(workspace, connectionId, info);
    }

    /**
     * Builds the workspace (no I/O).
     *
     * @throws AirbyteInputException listing every problem: missing workspace id, no credentials, both
     *     credential kinds, half of the client credentials, invalid roots or timeouts
     * @return the cloud workspace
     */
    public CloudWorkspace build() {
      List<String> problems = new ArrayList<>();
      if (workspaceId == null || workspaceId.isBlank()) {
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
      for (Map.Entry<String, Duration> timeout : Map.of("connectTimeout", connectTimeout, "readTimeout",
          readTimeout, "writeTimeout", writeTimeout).entrySet()) {
        if (timeout.getValue().isNegative()) {
          problems.add(timeout.getKey() + " must not be negative, was " + timeout.getValue());
        }
      }
      if (!problems.isEmpty()) {
        throw new AirbyteInputException(String.join(" ", problems));
      }
      String id = Objects.requireNonNull(workspaceId).trim();
      Secret bearer = bearerToken;
      String client = clientId;
      Secret secret = clientSecret;
      TokenSourceFactory tokens = bearer != null
          ? (http, root, clock) -> new BearerTokenSource(bearer)
          : (http, root, clock) -> new ClientCredentialsTokenSource(http, root, Objects.requireNonNull(client),
              Objects.requireNonNull(secret), clock);
      return new CloudWorkspace(this, id, tokens);
    }
  }
}
