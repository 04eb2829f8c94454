package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.CronValidation;
import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.PublicApi;
import io.github.airbytekit.domain.AirbyteException;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An Airbyte connection (a source-to-destination pairing): run and inspect syncs, read and write its state
 * and catalog, and change its settings.
 *
 * <pre>{@code
 * CloudConnection connection = workspace.getConnection(connectionId);
 * SyncResult result = connection.runSync();            // waits up to 300 s, throws if the sync fails
 * Optional<RawJson> cursor = connection.getStreamState("users", "public");
 * }</pre>
 *
 * <p>Details ({@link #name()}, {@link #sourceId()}, {@link #streamNames()}, {@link #tablePrefix()}) are
 * fetched once with {@code GET /connections/{id}} and cached; the fetched connection is checked to belong
 * to the workspace before it is cached. Updates cache Airbyte's response. {@link #isEnabled()} always asks
 * Airbyte. State, catalog and job operations are never cached. Thread-safe.
 *
 * <p>Every write (syncs, cancelling, state, catalog, settings, deleting) first checks that the connection
 * belongs to the workspace, using the cached details: a handle from {@link CloudWorkspace#getConnection}
 * costs one {@code GET /connections/{id}} before its first write (none after {@link #checkIsValid()}, a
 * detail getter or a listing), and a connection of another workspace throws
 * {@link WorkspaceMismatchException} before anything is sent to it. Reads of state, catalog and jobs are
 * not checked.
 */
public final class CloudConnection {
  private final CloudWorkspace workspace;
  private final String connectionId;
  private final Object lock = new Object();
  private Dto.@Nullable Connection info;
  private @Nullable CloudSource source;
  private @Nullable CloudDestination destination;

  CloudConnection(CloudWorkspace workspace, String connectionId, Dto.@Nullable Connection verifiedInfo) {
    this.workspace = workspace;
    this.connectionId = connectionId;
    this.info = verifiedInfo;
  }

  /**
   * The connection id.
   *
   * @return the connection id
   */
  public String connectionId() {
    return connectionId;
  }

  /**
   * The workspace this connection is used through.
   *
   * @return the workspace this connection is used through
   */
  public CloudWorkspace workspace() {
    return workspace;
  }

  // ---- details -------------------------------------------------------------------------------------

  /**
   * Checks that the connection exists and belongs to the workspace (one GET unless already cached).
   *
   * @return {@code true}
   * @throws AirbyteNotFoundException if it does not exist
   * @throws WorkspaceMismatchException if it belongs to another workspace
   */
  public boolean checkIsValid() {
    details();
    return true;
  }

  /**
   * The display name (cached).
   *
   * @return the display name (cached)
   */
  public String name() {
    String name = details().name;
    return name == null ? "" : name;
  }

  /**
   * The source id (cached).
   *
   * @return the source id (cached)
   */
  public String sourceId() {
    return Objects.requireNonNull(details().sourceId, "Airbyte sent no sourceId");
  }

  /**
   * The source, as a handle (its own details load lazily).
   *
   * @return the source, as a handle (its own details load lazily)
   */
  public CloudSource source() {
    String id = sourceId();
    synchronized (lock) {
      if (source == null) {
        source = new CloudSource(workspace, id);
      }
      return source;
    }
  }

  /**
   * The destination id (cached).
   *
   * @return the destination id (cached)
   */
  public String destinationId() {
    return Objects.requireNonNull(details().destinationId, "Airbyte sent no destinationId");
  }

  /**
   * The destination, as a handle (its own details load lazily).
   *
   * @return the destination, as a handle (its own details load lazily)
   */
  public CloudDestination destination() {
    String id = destinationId();
    synchronized (lock) {
      if (destination == null) {
        destination = new CloudDestination(workspace, id);
      }
      return destination;
    }
  }

  /**
   * The names of the selected streams (cached; empty when none are configured).
   *
   * @return the names of the selected streams (cached; empty when none are configured)
   */
  public List<String> streamNames() {
    Dto.Configurations configurations = details().configurations;
    if (configurations == null || configurations.streams == null) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (RawJson stream : configurations.streams) {
      String name = workspace.publicApi().streamName(stream).name;
      if (name != null) {
        names.add(name);
      }
    }
    return Collections.unmodifiableList(names);
  }

  /**
   * The table prefix, or {@code ""} when none is set (cached).
   *
   * @return the table prefix, or {@code ""} when none is set (cached)
   */
  public String tablePrefix() {
    String prefix = details().prefix;
    return prefix == null ? "" : prefix;
  }

  /**
   * The schedule (cached; {@code manual} when Airbyte reports none).
   *
   * @return the schedule (cached; {@code manual} when Airbyte reports none)
   */
  public ConnectionSchedule schedule() {
    Dto.Schedule schedule = details().schedule;
    if (schedule == null || schedule.scheduleType == null) {
      return ConnectionSchedule.of("manual", null, null);
    }
    return ConnectionSchedule.of(schedule.scheduleType, schedule.cronExpression, schedule.basicTiming);
  }

  /**
   * The workspace the connection belongs to, from its details (cached). It always equals
   * {@code workspace().workspaceId()}: details from another workspace are rejected.
   *
   * @return the workspace the connection belongs to, from its details (cached)
   */
  public String workspaceId() {
    String actual = details().workspaceId;
    return actual == null ? workspace.workspaceId() : actual;
  }

  /**
   * The connection in the web UI. No I/O.
   *
   * @return the connection in the web UI
   */
  public String connectionUrl() {
    return workspace.workspaceUrl() + "/connections/" + connectionId;
  }

  /**
   * The connection's job history in the web UI. No I/O.
   *
   * @return the connection's job history in the web UI
   */
  public String jobHistoryUrl() {
    return connectionUrl() + "/timeline";
  }

  // ---- syncs ----------------------------------------------------------------------------------------

  /**
   * Starts a sync and waits up to 300 s for it.
   *
   * @throws SyncFailedException if it ends failed or cancelled
   * @throws SyncTimeoutException if it is still running after 300 s (it keeps running)
   * @throws SyncAlreadyRunningException if a sync was already running (the running job is attached)
   * @return the sync result
   */
  public SyncResult runSync() {
    return runSync(SyncOptions.builder().build());
  }

  /**
   * Starts a sync and waits up to {@code waitTimeout} for it; see {@link #runSync()}.
   *
   * @param waitTimeout how long to wait
   * @return the sync result
   */
  public SyncResult runSync(Duration waitTimeout) {
    return runSync(SyncOptions.builder().waitTimeout(waitTimeout).build());
  }

  /**
   * Starts a sync ({@code POST /jobs}) and, unless told not to, waits for it. The create-job response is the
   * first observation, so waiting starts with a pause rather than a GET. {@code POST /jobs} is never
   * repeated blindly: after a timeout or a 5xx the job list is checked for a job the request may have
   * created before trying again. Like every write, it first checks the workspace (see the class comment).
   *
   * @param options the options
   * @return the sync result
   */
  public SyncResult runSync(SyncOptions options) {
    Objects.requireNonNull(options, "options == null");
    SyncResult result = SyncTrigger.start(this);
    if (options.isWaitForCompletion()) {
      result.waitForCompletion(options.toWaitOptions());
    }
    return result;
  }

  /**
   * The 20 newest sync and reset jobs, newest first.
   *
   * @return the 20 newest sync and reset jobs, newest first
   */
  public List<SyncResult> getPreviousSyncLogs() {
    return getPreviousSyncLogs(JobQuery.builder().build());
  }

  /**
   * The {@code limit} newest sync and reset jobs, newest first.
   *
   * @param limit the maximum number of jobs
   * @return the {@code limit} newest sync and reset jobs, newest first
   */
  public List<SyncResult> getPreviousSyncLogs(int limit) {
    return getPreviousSyncLogs(JobQuery.builder().limit(limit).build());
  }

  /**
   * Jobs of this connection, fetched in pages of up to 100 by offset (the {@code next} link is never
   * followed). Each result carries the job as listed.
   *
   * @param query the query
   * @return the jobs, in the requested order
   */
  public List<SyncResult> getPreviousSyncLogs(JobQuery query) {
    Objects.requireNonNull(query, "query == null");
    return JobHistory.list(this, query);
  }

  /**
   * The newest sync or reset job, if any (one request).
   *
   * @return the newest sync or reset job, if any (one request)
   */
  public Optional<SyncResult> getSyncResult() {
    List<SyncResult> newest = getPreviousSyncLogs(1);
    return newest.isEmpty() ? Optional.empty() : Optional.of(newest.get(0));
  }

  /**
   * Job {@code jobId} of this connection, lazily: no I/O until a property is read, and the first fetch
   * checks that the job belongs to this connection.
   *
   * @param jobId the job id
   * @return the sync result
   */
  public SyncResult getSyncResult(long jobId) {
    return new SyncResult(this, jobId, null, false);
  }

  // ---- state ----------------------------------------------------------------------------------------

  /**
   * The state as protocol {@code AirbyteStateMessage}s (Config API {@code state/get}).
   *
   * @return the state as protocol {@code AirbyteStateMessage}s (Config API {@code state/get})
   */
  public List<AirbyteStateMessage> dumpRawState() {
    return StateAccess.dumpProtocol(this);
  }

  /**
   * The state in Config API form, as Airbyte stores it.
   *
   * @return the state in Config API form, as Airbyte stores it
   */
  public ConnectionState dumpRawConnectionState() {
    return StateAccess.dumpConfig(this);
  }

  /**
   * The state as JSON text: {@link JsonForm#CONFIG_API} gives Airbyte's state with unknown properties and
   * blobs kept verbatim, {@link JsonForm#PROTOCOL} a JSON array of state messages.
   *
   * @param form which JSON form
   * @return the state as JSON text of {@code form}
   */
  public String dumpRawStateJson(JsonForm form) {
    return StateAccess.dumpJson(this, form);
  }

  /**
   * Replaces the state with protocol messages ({@code state/create_or_update_safe}).
   *
   * @return the state Airbyte stored
   * @throws AirbyteInputException for an empty list (it would silently reset the state)
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423); nothing was written
   * @param messages protocol state messages
   */
  public ConnectionState importRawState(List<AirbyteStateMessage> messages) {
    return StateAccess.importProtocol(this, messages);
  }

  /**
   * Replaces the state with a Config API state; its {@code connectionId} is replaced by this connection's,
   * so a state can be copied between connections.
   *
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423); nothing was written
   * @param state a Config API state
   * @return the connection state
   */
  public ConnectionState importRawState(ConnectionState state) {
    return StateAccess.importConfig(this, state);
  }

  /**
   * Replaces the state with JSON of either form (detected strictly); see the typed overloads.
   *
   * @param json JSON of either form
   * @return the connection state
   */
  public ConnectionState importRawStateJson(String json) {
    return StateAccess.importJson(this, json);
  }

  /**
   * The state blob of stream {@code streamName} without a namespace; see {@link #getStreamState(String, String)}.
   *
   * @param streamName the stream name
   * @return the state blob of stream {@code streamName} without a namespace; see {@link #getStreamState(String, String)}
   */
  public Optional<RawJson> getStreamState(String streamName) {
    return getStreamState(streamName, null);
  }

  /**
   * The state blob of one stream (one Config API request). Empty when the stream has no entry (or the
   * connection has no state yet); {@link RawJson#nullValue()} when the entry exists with a null blob.
   * {@code null} and {@code ""} namespaces are the same; no namespace does not match {@code public}.
   *
   * @throws AirbyteInputException for a legacy state, which has no per-stream entries
   * @param streamName the stream name
   * @param namespace the stream namespace, or null
   * @return the state blob of one stream (one Config API request)
   */
  public Optional<RawJson> getStreamState(String streamName, @Nullable String namespace) {
    return StateAccess.getStream(this, streamName, namespace);
  }

  /**
   * Sets the state blob of one stream: {@code state/get}, then {@code state/create_or_update_safe} with
   * only that stream's entry changed (2 requests, plus a token at most once per lifetime).
   *
   * <p><b>Read–modify–write:</b> Airbyte offers no version check. If a sync or another writer changes the
   * state between the two requests, its changes to other streams are overwritten with what was read. Run
   * it while the connection is disabled or idle, or use {@link #setStreamStateVerified}.
   *
   * @return the state Airbyte stored
   * @throws AirbyteInputException if the connection has no state yet ({@code not_set}) or a legacy state;
   *     nothing is written
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423); nothing is written
   * @param streamName the stream name
   * @param namespace the stream namespace, or null
   * @param blob the new state blob
   */
  public ConnectionState setStreamState(String streamName, @Nullable String namespace, RawJson blob) {
    return StateAccess.setStream(this, streamName, namespace, blob);
  }

  /**
   * {@link #setStreamState} followed by a third request that reads the state back and reports every stream
   * whose blob differs from what was written — evidence that a sync or another writer touched the state
   * around this write. (A change made between the read and the write is overwritten and cannot be seen
   * afterwards; this narrows, not closes, the window.)
   *
   * @param streamName the stream name
   * @param namespace the stream namespace, or null
   * @param blob the new state blob
   * @return the stream state write report
   */
  public StreamStateWriteReport setStreamStateVerified(
      String streamName, @Nullable String namespace, RawJson blob) {
    return StateAccess.setStreamVerified(this, streamName, namespace, blob);
  }

  /**
   * The stream entries of the state, or empty when the connection has no state.
   *
   * @deprecated use {@link #dumpRawState()} or {@link #dumpRawConnectionState()}
   * @return the stream entries of the state, or empty when the connection has no state
   */
  @Deprecated
  public Optional<List<StreamState>> getStateArtifacts() {
    ConnectionState state = dumpRawConnectionState();
    return StateAccess.isNotSet(state) ? Optional.empty() : Optional.of(state.streams());
  }

  // ---- catalog --------------------------------------------------------------------------------------

  /**
   * The configured catalog in protocol form ({@code web_backend/connections/get}); empty if none.
   *
   * @return the configured catalog in protocol form ({@code web_backend/connections/get}); empty if none
   */
  public Optional<ConfiguredAirbyteCatalog> dumpRawCatalog() {
    return CatalogAccess.dumpProtocol(this);
  }

  /**
   * The catalog in Config API form ({@code syncCatalog}), including deselected streams; empty if none.
   *
   * @return the catalog in Config API form ({@code syncCatalog}), including deselected streams; empty if none
   */
  public Optional<SyncCatalog> dumpRawSyncCatalog() {
    return CatalogAccess.dumpConfig(this);
  }

  /**
   * The catalog as JSON text of {@code form}; empty if the connection has none.
   *
   * @param form which JSON form
   * @return the catalog as JSON text of {@code form}; empty if the connection has none
   */
  public Optional<String> dumpRawCatalogJson(JsonForm form) {
    return CatalogAccess.dumpJson(this, form);
  }

  /**
   * Replaces the catalog ({@code web_backend/connections/update} with {@code skipReset=true}).
   *
   * @return the catalog Airbyte stored
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423)
   * @param catalog the catalog
   */
  public SyncCatalog importRawCatalog(SyncCatalog catalog) {
    return CatalogAccess.importConfig(this, catalog);
  }

  /**
   * Replaces the catalog with a protocol catalog (converted to Config API form first).
   *
   * @param catalog the catalog
   * @return the sync catalog
   */
  public SyncCatalog importRawCatalog(ConfiguredAirbyteCatalog catalog) {
    return CatalogAccess.importProtocol(this, catalog);
  }

  /**
   * Replaces the catalog with JSON of either form (detected strictly).
   *
   * @param json JSON of either form
   * @return the sync catalog
   */
  public SyncCatalog importRawCatalogJson(String json) {
    return CatalogAccess.importJson(this, json);
  }

  /**
   * The configured catalog in protocol form.
   *
   * @deprecated use {@link #dumpRawCatalog()}
   * @return the configured catalog in protocol form
   */
  @Deprecated
  public Optional<ConfiguredAirbyteCatalog> getCatalogArtifact() {
    return dumpRawCatalog();
  }

  // ---- settings -------------------------------------------------------------------------------------

  /**
   * Renames the connection (one PATCH, after the workspace check).
   *
   * @param name the name
   * @return this connection
   */
  public CloudConnection rename(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new AirbyteInputException("A connection name must not be blank.");
    }
    patch(new PublicApi.ConnectionPatch().name(name));
    return this;
  }

  /**
   * Sets the table prefix; {@code ""} removes it (one PATCH, after the workspace check).
   *
   * @param prefix the table prefix
   * @return this connection
   */
  public CloudConnection setTablePrefix(String prefix) {
    patch(new PublicApi.ConnectionPatch().prefix(Objects.requireNonNull(prefix, "prefix == null")));
    return this;
  }

  /**
   * Selects exactly these streams, by name. A name present in several namespaces is ambiguous: use
   * {@link #setSelectedStreamDescriptors(List)}. See there for what is kept and checked.
   *
   * @param streamNames the stream names
   * @return this connection
   */
  public CloudConnection setSelectedStreams(List<String> streamNames) {
    Objects.requireNonNull(streamNames, "streamNames == null");
    StreamSelection.applyNames(this, streamNames);
    return this;
  }

  /**
   * Selects exactly these streams. Streams that stay selected keep their sync mode, cursor, primary key and
   * every other setting; newly selected streams get Airbyte's defaults. Every stream must exist in the
   * connection's catalog. Requests: GET connection, Config API {@code web_backend/connections/get}, PATCH.
   *
   * @throws AirbyteInputException for an empty list, or an unknown or ambiguous stream; nothing is changed
   * @param streams the streams
   * @return this connection
   */
  public CloudConnection setSelectedStreamDescriptors(List<StreamDescriptor> streams) {
    Objects.requireNonNull(streams, "streams == null");
    StreamSelection.applyDescriptors(this, streams);
    return this;
  }

  /**
   * Whether the connection is {@code active} (always one GET; {@code deprecated} is not enabled).
   *
   * @return whether the connection is {@code active} (always one GET; {@code deprecated} is not enabled)
   */
  public boolean isEnabled() {
    return ConnectionStatus.ACTIVE.equals(status());
  }

  /**
   * The connection status, fetched fresh (one GET).
   *
   * @return the connection status, fetched fresh (one GET)
   */
  public ConnectionStatus status() {
    return statusOf(refreshDetails());
  }

  /**
   * Enables or disables the connection; nothing is sent if it already is.
   *
   * @param enabled true to enable, false to disable
   */
  public void setEnabled(boolean enabled) {
    setEnabled(enabled, true);
  }

  /**
   * Enables or disables the connection: GET, then PATCH only if the status differs.
   *
   * @param ignoreNoop when {@code false}, a connection already in the requested state is an error
   * @throws AirbyteInputException if already in that state and {@code ignoreNoop} is false, or if the
   *     connection is {@code deprecated} or {@code locked} (Airbyte owns those states)
   * @param enabled true to enable, false to disable
   */
  public void setEnabled(boolean enabled, boolean ignoreNoop) {
    ConnectionStatus current = statusOf(refreshDetails());
    ConnectionStatus wanted = enabled ? ConnectionStatus.ACTIVE : ConnectionStatus.INACTIVE;
    if (current.equals(wanted)) {
      if (ignoreNoop) {
        return;
      }
      throw new AirbyteInputException("Connection " + connectionId + " is already "
          + (enabled ? "enabled" : "disabled") + " (status " + current + ").");
    }
    if (!current.equals(ConnectionStatus.ACTIVE) && !current.equals(ConnectionStatus.INACTIVE)) {
      throw new AirbyteInputException("Connection " + connectionId + " has status " + current
          + ", which only Airbyte changes; it cannot be " + (enabled ? "enabled" : "disabled") + " here.");
    }
    patch(new PublicApi.ConnectionPatch().status(wanted.value()));
  }

  /**
   * Schedules the connection with a Quartz cron expression (validated locally first; one PATCH, after the
   * workspace check).
   *
   * @throws AirbyteInputException for invalid cron, including 5-field Unix cron (the message suggests
   *     the Quartz form, e.g. {@code 0 0 12 * * ?})
   * @param cronExpression a Quartz cron expression
   * @return this connection
   */
  public CloudConnection setSchedule(String cronExpression) {
    String valid = CronValidation.requireQuartz(Objects.requireNonNull(cronExpression, "cronExpression == null"));
    patch(new PublicApi.ConnectionPatch().schedule("cron", valid));
    return this;
  }

  /**
   * Makes the connection manual-only (one PATCH, after the workspace check).
   *
   * @return this connection
   */
  public CloudConnection setManualSchedule() {
    patch(new PublicApi.ConnectionPatch().schedule("manual", null));
    return this;
  }

  /** Deletes the connection in safe mode; see {@link #permanentlyDelete(boolean, boolean)}. */
  public void permanentlyDelete() {
    permanentlyDelete(false, false);
  }

  /**
   * Deletes the connection and optionally its source and destination, in safe mode: each name must contain
   * the word {@code delete-me} or {@code deleteme}. All checks run before the first DELETE.
   *
   * @param cascadeSource also delete the source
   * @param cascadeDestination also delete the destination
   */
  public void permanentlyDelete(boolean cascadeSource, boolean cascadeDestination) {
    permanentlyDelete(cascadeSource, cascadeDestination, true);
  }

  void permanentlyDelete(boolean cascadeSource, boolean cascadeDestination, boolean safeMode) {
    if (safeMode) {
      CloudWorkspace.requireSafeName("connection", connectionId, name());
    }
    CloudSource src = cascadeSource ? source() : null;
    CloudDestination dst = cascadeDestination ? destination() : null;
    if (safeMode && src != null) {
      CloudWorkspace.requireSafeName("source", src.sourceId(), src.name());
    }
    if (safeMode && dst != null) {
      CloudWorkspace.requireSafeName("destination", dst.destinationId(), dst.name());
    }
    requireSameWorkspace(); // safe mode checked it through name(); unsafe mode must not skip it
    workspace.publicApi().deleteConnection(connectionId);
    if (src != null) {
      src.permanentlyDelete(false);
    }
    if (dst != null) {
      dst.permanentlyDelete(false);
    }
  }

  // ---- internals ------------------------------------------------------------------------------------

  /**
   * The cached details, fetching (and verifying) them once.
   *
   * @return the cached details, fetching (and verifying) them once
   */
  Dto.Connection details() {
    synchronized (lock) {
      if (info != null) {
        return info;
      }
    }
    return refreshDetails();
  }

  /**
   * {@code GET /connections/{id}}; verified, then cached.
   *
   * @return the connection
   */
  Dto.Connection refreshDetails() {
    return remember(workspace.publicApi().getConnection(connectionId));
  }

  /**
   * Throws {@link WorkspaceMismatchException} unless the connection belongs to the workspace; uses the
   * cached details (one GET the first time). Called before every write.
   */
  void requireSameWorkspace() {
    details();
  }

  void patch(PublicApi.ConnectionPatch patch) {
    requireSameWorkspace();
    Dto.Connection updated = workspace.publicApi().patchConnection(connectionId, patch);
    if (updated.workspaceId == null) {
      // Written already; keep nothing unverified, the next read fetches (and checks) again.
      synchronized (lock) {
        info = null;
      }
      return;
    }
    remember(updated);
  }

  private Dto.Connection remember(Dto.Connection fetched) {
    String actual = fetched.workspaceId;
    if (actual == null) {
      // Without it the workspace check would silently pass: refuse instead of caching it as verified.
      throw new AirbyteException("Airbyte's answer for connection " + connectionId
          + " names no workspaceId, so it cannot be checked to belong to workspace " + workspace.workspaceId()
          + "; nothing was cached.");
    }
    if (!actual.equalsIgnoreCase(workspace.workspaceId())) {
      throw new WorkspaceMismatchException("connection", connectionId, workspace.workspaceId(), actual);
    }
    synchronized (lock) {
      info = fetched;
    }
    return fetched;
  }

  private static ConnectionStatus statusOf(Dto.Connection details) {
    return ConnectionStatus.of(details.status == null ? "unknown" : details.status);
  }

  /** No I/O: ids known so far and the web URL. */
  @Override
  public String toString() {
    Dto.Connection cached;
    synchronized (lock) {
      cached = info;
    }
    return "CloudConnection{connectionId=" + connectionId
        + (cached == null ? "" : ", name=" + cached.name + ", sourceId=" + cached.sourceId + ", destinationId="
            + cached.destinationId)
        + ", connectionUrl=" + connectionUrl() + "}";
  }
}
