package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.Secret;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The HTTP side of one workspace: its OkHttp clients, the gateway and the typed calls of both APIs. One token
 * serves both APIs. {@link #close()} releases only what was created here, never a client the user passed in.
 */
public final class Transport implements AutoCloseable {
  private final @Nullable OkHttpClient owned;
  private final ConnectionCalls connections;
  private final JobCalls jobs;
  private final ConnectorCalls connectors;
  private final ConfigCalls config;
  private final VersionProfile version;
  private final TokenSource tokens;
  private final Redaction redaction;

  private Transport(@Nullable OkHttpClient owned, ConnectionCalls connections, JobCalls jobs,
      ConnectorCalls connectors, ConfigCalls config, VersionProfile version, TokenSource tokens,
      Redaction redaction) {
    this.owned = owned;
    this.tokens = tokens;
    this.redaction = redaction;
    this.version = version;
    this.connections = connections;
    this.jobs = jobs;
    this.connectors = connectors;
    this.config = config;
  }

  /**
   * Builds the clients and calls (no I/O).
   *
   * @param configRoot the Config API root, or null: Config API calls then fail with {@code unresolvedConfigRoot}
   */
  public static Transport create(String apiRoot, @Nullable String configRoot, String unresolvedConfigRoot,
      HttpSettings http, Credentials credentials) {
    return create(apiRoot, configRoot, unresolvedConfigRoot, http, credentials, VersionProfile.latest());
  }

  /**
   * Builds the clients and calls (no I/O) for Airbyte {@code version}: a call of an operation it lacks fails with
   * {@link io.github.airbytekit.connections.AirbyteVersionGapException} before anything is sent.
   */
  public static Transport create(String apiRoot, @Nullable String configRoot, String unresolvedConfigRoot,
      HttpSettings http, Credentials credentials, VersionProfile version) {
    return create(apiRoot, configRoot, unresolvedConfigRoot, http, credentials, version, null);
  }

  /**
   * Like {@link #create(String, String, String, HttpSettings, Credentials, VersionProfile)}; with
   * {@code tokensOf}, its token source and its masking of secrets are used instead of new ones, so the token it
   * holds serves this transport too (no token of its own is minted).
   */
  public static Transport create(String apiRoot, @Nullable String configRoot, String unresolvedConfigRoot,
      HttpSettings http, Credentials credentials, VersionProfile version, @Nullable Transport tokensOf) {
    OkHttpClient owned = http.client() == null ? new OkHttpClient() : null;
    OkHttpClient base = owned != null ? owned : java.util.Objects.requireNonNull(http.client());
    StatusRecorder statuses = new StatusRecorder();
    OkHttpClient.Builder gated = base.newBuilder();
    // First of all interceptors, the caller's included: a refused call reaches none of them.
    gated.interceptors().add(0, new VersionGate(version));
    OkHttpClient plain = gated
        .connectTimeout(http.connectTimeout())
        .readTimeout(http.readTimeout())
        .writeTimeout(http.writeTimeout())
        // OkHttp would silently resend a POST whose connection broke after Airbyte acted on it (a second job);
        // reads are retried by RetryInterceptor instead, writes never blindly.
        .retryOnConnectionFailure(false)
        .addInterceptor(statuses)
        .addInterceptor(new UserAgentInterceptor())
        .addInterceptor(new RetryInterceptor(http.retryPolicy(), http.sleeper(), http.clock(), http.events()))
        .addInterceptor(new CallEventsInterceptor(http.events()))
        .build();
    Redaction redaction = tokensOf != null ? tokensOf.redaction : new Redaction();
    Secret bearer = credentials.bearerToken();
    Secret clientSecret = credentials.clientSecret();
    redaction.add(bearer == null ? null : bearer.reveal());
    redaction.add(clientSecret == null ? null : clientSecret.reveal());
    Gateway gateway = new Gateway(statuses, redaction);
    TokenSource tokens = tokensOf != null ? tokensOf.tokens : credentials.tokens(gateway,
        PublicApiServices.create(apiRoot, plain).applications(), http.clock(), http.events());
    OkHttpClient authed = plain.newBuilder().addInterceptor(new AuthInterceptor(tokens)).build();
    PublicApiServices api = PublicApiServices.create(apiRoot, authed);
    return new Transport(owned, new ConnectionCalls(gateway, api.connections()), new JobCalls(gateway, api.jobs()),
        new ConnectorCalls(gateway, api.sources(), api.destinations()),
        new ConfigCalls(gateway, configServices(configRoot, authed, unresolvedConfigRoot)), version, tokens,
        redaction);
  }

  /** The Config API services, created on first use: an unknown or unusable root fails only Config API calls. */
  private static Supplier<ConfigApiServices> configServices(
      @Nullable String root, OkHttpClient client, String unresolved) {
    return new Supplier<>() {
      private volatile @Nullable ConfigApiServices services;

      @Override
      public ConfigApiServices get() {
        ConfigApiServices current = services;
        if (current != null) {
          return current;
        }
        if (root == null) {
          throw new AirbyteInputException(unresolved);
        }
        try {
          current = ConfigApiServices.create(root, client);
        } catch (IllegalArgumentException e) {
          throw new AirbyteInputException("Unusable Config API root '" + root + "': " + e.getMessage(), e);
        }
        services = current;
        return current;
      }
    };
  }

  /** The public API's connection operations. */
  public ConnectionCalls connections() {
    return connections;
  }

  /** The public API's job operations. */
  public JobCalls jobs() {
    return jobs;
  }

  /** The public API's source and destination operations. */
  public ConnectorCalls connectors() {
    return connectors;
  }

  /** The Config API operations. */
  public ConfigCalls config() {
    return config;
  }

  /** The Airbyte version the calls are gated by. */
  public VersionProfile version() {
    return version;
  }

  /** The client created here, or null when the user's is shared; for tests of {@link #close()}. */
  @Nullable OkHttpClient owned() {
    return owned;
  }

  /** Shuts down the dispatcher and empties the connection pool of the client created here, if any. */
  @Override
  public void close() {
    if (owned != null) {
      owned.dispatcher().executorService().shutdown();
      owned.connectionPool().evictAll();
    }
  }
}
