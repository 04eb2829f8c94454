package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConnectionView;
import io.github.airbytekit.connections.internal.EnvironmentSettings;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.connections.internal.Page;
import io.github.airbytekit.connections.internal.SafeEventListener;
import io.github.airbytekit.connections.internal.Transport;
import io.github.airbytekit.domain.AirbyteException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
 *
 * <p>Asynchronous waits ({@link CloudConnection#runSyncAsync(SyncOptions)},
 * {@link SyncResult#waitForCompletionAsync(WaitOptions)}) share one scheduler per workspace, started on first use:
 * a timer thread and at most four worker threads ({@link Builder#asyncWorkers(int)}) for the HTTP calls, however
 * many jobs are awaited.
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

  CloudWorkspace(Builder settings, String workspaceId, String apiRoot, @Nullable String configApiRoot,
      String webUrlRoot, Transport transport) {
    this.settings = settings;
    this.apiRoot = apiRoot;
    this.configApiRoot = configApiRoot;
    this.webUrlRoot = webUrlRoot;
    this.transport = transport;
    this.collaborators = new Collaborators(workspaceId, webUrlRoot, transport, settings.clock, settings.sleeper,
        settings.retryPolicy, settings.pollPolicy,
        settings.scheduler != null ? settings.scheduler : new PollingScheduler(settings.asyncWorkers),
        SafeEventListener.of(settings.eventListener));
  }

  /** {@return a new builder; {@code workspaceId} and one kind of credentials are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A workspace configured by the process environment: {@code AIRBYTE_WORKSPACE_ID}, {@code AIRBYTE_CLIENT_ID} and
   * {@code AIRBYTE_CLIENT_SECRET} or {@code AIRBYTE_BEARER_TOKEN}, {@code AIRBYTE_API_ROOT} and
   * {@code AIRBYTE_CONFIG_API_ROOT}, each also read under its long {@code AIRBYTE_CLOUD_*} name (such as
   * {@code AIRBYTE_CLOUD_CONFIG_API_URL}), and {@code AIRBYTE_VERSION} (see {@link Builder#airbyteVersion(String)}). This and {@link #builderFromEnvironment(Map)} are the only places the
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
    if (found.airbyteVersion() != null) {
      builder.airbyteVersion = found.airbyteVersion();
      builder.airbyteVersionOrigin = "AIRBYTE_VERSION";
    }
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

  /** {@return the Airbyte version the workspace is configured for, such as {@code 1.8.0}, or {@code latest}} */
  public String airbyteVersion() {
    return collaborators.version.version();
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

  /**
   * Job {@code jobId} of any connection of this workspace, when only the job id is known (such as one printed by
   * {@code sync run --no-wait}). Requests: {@code GET /jobs/{id}} to find its connection; the handle checks on first
   * use that the connection belongs to this workspace.
   *
   * @param jobId the job id
   * @return a handle on the job, through its connection
   * @throws AirbyteNotFoundException if there is no such job
   */
  public SyncResult getSyncResult(long jobId) {
    return getConnection(connectionOf(collaborators.jobs.find(jobId))).getSyncResult(jobId);
  }

  /** The connection of {@code job}, which Airbyte names on every job it answers with. */
  static String connectionOf(JobView job) {
    String connectionId = job.connectionId();
    if (connectionId == null) {
      throw new AirbyteInputException("Airbyte did not say which connection job " + job.jobId() + " belongs to.");
    }
    return connectionId;
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
   * Backs up every connection of the workspace into {@code directory}; see {@link #snapshot(Path, SnapshotOptions)}.
   *
   * @param directory the snapshot directory, created if absent
   * @return what was written, skipped and failed
   */
  public SnapshotReport snapshot(Path directory) {
    return snapshot(directory, SnapshotOptions.defaults());
  }

  /**
   * Backs up connections into {@code directory}: per connection {@code <connectionId>/state.json} (Config API
   * form, as {@link CloudConnection#dumpRawStateJson} gives it), {@code catalog.json} (the {@code syncCatalog}, as
   * {@link CloudConnection#dumpRawCatalogJson} gives it) and {@code settings.json} (name, status, schedule, prefix,
   * namespace settings, source and destination names and definition ids; never a connector configuration), and
   * {@code manifest.json} with the airbytekit version, the times, what was read and each file's SHA-256.
   *
   * <p>Up to {@link SnapshotOptions#getConcurrency()} connections are read at once, each with four requests: its
   * newest job, {@code state/get}, {@code web_backend/connections/get}, its newest job again. Reads are retried as
   * the workspace's {@link RetryPolicy} says; a 429's {@code Retry-After} pauses every worker, not only the one
   * that got it. When a job started, ended or ran between the two job reads, the connection is read again (see
   * {@link SnapshotOptions#getConsistencyAttempts()}) and, if it never settles, written and marked inconsistent.
   * A connection that fails is reported and the others go on. Rerunning into the same directory skips connections
   * whose files still match the manifest's checksums, so an interrupted or partly failed snapshot is completed
   * with only the missing requests. The listing costs one request per 100 connections; the snapshot uses the
   * workspace's token (with client credentials, one token request per workspace lifetime, not per snapshot).
   *
   * @param directory the snapshot directory, created if absent
   * @param options which connections, how many at once, progress
   * @return what was written, skipped and failed
   * @throws AirbyteInputException if the directory holds a manifest of another workspace or no manifest of ours
   */
  public SnapshotReport snapshot(Path directory, SnapshotOptions options) {
    return WorkspaceSnapshots.run(this, settings, directory, options);
  }

  /**
   * Compares the snapshot in {@code snapshotDirectory} with the live workspace; see
   * {@link #diffSnapshot(Path, SnapshotOptions)}.
   *
   * @param snapshotDirectory a directory written by {@link #snapshot(Path)}
   * @return the differences, the snapshot as "before" and the live workspace as "after"
   */
  public SnapshotDiff diffSnapshot(Path snapshotDirectory) {
    return diffSnapshot(snapshotDirectory, SnapshotOptions.defaults());
  }

  /**
   * Compares the snapshot in {@code snapshotDirectory} ("before") with the live workspace ("after"), per
   * connection and stream, as {@link SnapshotDiff#between} compares two snapshots. The live connections are read
   * into memory as {@link #snapshot(Path, SnapshotOptions)} reads them (the same four requests per connection,
   * the same consistency check, up to {@link SnapshotOptions#getConcurrency()} at once with one shared pause for
   * 429s); nothing is written. A connection deleted since the snapshot is {@link SnapshotDiff.Change#REMOVED},
   * a new one {@link SnapshotDiff.Change#ADDED}; one that cannot be read is
   * {@link SnapshotDiff.Change#UNREADABLE} with its error, and the others go on. The listener is told of each
   * live connection read ({@link SnapshotEntry.Outcome#READ}) or failed.
   *
   * @param snapshotDirectory a directory written by {@link #snapshot(Path, SnapshotOptions)}
   * @param options with connection ids, only those are compared (on both sides); how many at once, progress
   * @return the differences, connections ordered by id
   * @throws AirbyteInputException if the directory holds no readable snapshot, or one of another workspace
   *     (checked before any request)
   */
  public SnapshotDiff diffSnapshot(Path snapshotDirectory, SnapshotOptions options) {
    return WorkspaceSnapshots.diff(this, settings, snapshotDirectory, options);
  }

  /**
   * Restores a snapshot written by {@link #snapshot(Path, SnapshotOptions)} into this workspace's connections,
   * whether this is the snapshot's workspace or one on another Airbyte instance; see
   * {@link #restore(Path, RestorePlan)}.
   *
   * @param snapshotDirectory the snapshot directory
   * @return what was restored, skipped, locked, rolled back and failed
   */
  public RestoreReport restore(Path snapshotDirectory) {
    return restore(snapshotDirectory, RestorePlan.defaults());
  }

  /**
   * Restores a snapshot into this workspace's connections: per snapshot connection its catalog (the
   * {@code syncCatalog}, byte for byte, written with {@code skipReset}) and then its state (with the target's
   * connection id). The whole snapshot is checked first (the manifest's format and every file's SHA-256); a
   * connection with a missing or changed file is {@link RestoreEntry.Outcome#FAILED} and never written.
   *
   * <p>Connections are matched by id, by name, or by an explicit mapping ({@link RestorePlan}). Each target is read
   * first (newest job, state, catalog): when a sync runs it is {@link RestoreEntry.Outcome#LOCKED} and nothing is
   * written; a 423 on a write does the same. Stream states of streams the restored catalog lacks are dropped and
   * listed, unless {@link RestorePlan#isWriteUnknownStreamStates()}; a legacy state is written as it is; a
   * {@code not_set} state leaves the target's state alone. Airbyte changes a stored state's type only from legacy,
   * so a target whose stream or global state has another type than the snapshot's is {@code FAILED} before any
   * write (clear its state first). A write that fails after an earlier one is undone: the
   * previous catalog and state are put back ({@link RestoreEntry.Outcome#ROLLED_BACK}); when a write's answer is
   * lost or unreadable, the value is read back to tell whether it landed. Up to
   * {@link RestorePlan#getConcurrency()} connections are restored at once, with reads retried as the
   * {@link RetryPolicy} says and a 429's {@code Retry-After} pausing every worker. A dry run
   * ({@link RestorePlan#isDryRun()}) reads only and reports what would change. Requests per connection: newest
   * job, {@code state/get}, {@code web_backend/connections/get}, then at most one catalog and one state write; the
   * listing costs one request per 100 connections.
   *
   * @param snapshotDirectory the snapshot directory
   * @param plan matching, filter, dry run, concurrency, progress
   * @return one entry per snapshot connection covered
   * @throws AirbyteInputException if the directory holds no airbytekit snapshot, or the plan names a connection
   *     the snapshot does not have (nothing is written)
   */
  public RestoreReport restore(Path snapshotDirectory, RestorePlan plan) {
    return WorkspaceRestores.run(this, settings, snapshotDirectory, plan);
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
   * Releases the HTTP client this workspace created (its dispatcher threads and pooled connections) and stops the
   * threads of asynchronous waits, failing those still under way with an {@link AirbyteException} (their jobs
   * keep running); a client passed to {@link Builder#okHttpClient(OkHttpClient)} is left alone.
   * Handles of this workspace must not be used afterwards.
   */
  @Override
  public void close() {
    collaborators.async.close();
    transport.close();
  }

  /** The workspace's transport, whose token a snapshot's own transport shares. */
  Transport transport() {
    return transport;
  }

  CloudConnection connection(String connectionId, @Nullable ConnectionView verified) {
    return new CloudConnection(this, collaborators,
        new ConnectionDetails(collaborators.connections, workspaceId(), connectionId, verified));
  }

  static String requireId(String id, String what) {
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
  public static final class Builder extends WorkspaceSettings {
    Builder() {}
  }
}
