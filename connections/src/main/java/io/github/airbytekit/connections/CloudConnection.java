package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ConnectionPatch;
import io.github.airbytekit.connections.internal.ConnectionView;
import io.github.airbytekit.connections.internal.CronValidation;
import io.github.airbytekit.connections.internal.JobView;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.JsonForm;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateConverter;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * An Airbyte connection (a source-to-destination pairing): run and inspect syncs, read and write its state and
 * catalog, and change its settings.
 *
 * <pre>{@code
 * CloudConnection connection = workspace.getConnection(connectionId);
 * SyncResult result = connection.runSync();            // waits up to 300 s, throws if the sync fails
 * Optional<RawJson> cursor = connection.getStreamState("users", "public");
 * }</pre>
 *
 * <p>Details ({@link #name()}, {@link #sourceId()}, {@link #streamNames()}, {@link #tablePrefix()}) are fetched
 * once with {@code GET /connections/{id}}, checked to belong to the workspace, and cached; updates cache Airbyte's
 * answer. {@link #isEnabled()} always asks Airbyte. State, catalog and job operations are never cached.
 * Thread-safe.
 *
 * <p>Every write (syncs, cancelling, state, catalog, settings, deleting) first checks that the connection belongs
 * to the workspace, using the cached details: a handle from {@link CloudWorkspace#getConnection} costs one
 * {@code GET /connections/{id}} before its first write (none after {@link #checkIsValid()}, a detail getter or a
 * listing), and a connection of another workspace throws {@link WorkspaceMismatchException} before anything is sent
 * to it. Reads of state, catalog and jobs are not checked.
 */
public final class CloudConnection {
  private final CloudWorkspace workspace;
  private final Collaborators c;
  private final ConnectionDetails details;

  CloudConnection(CloudWorkspace workspace, Collaborators collaborators, ConnectionDetails details) {
    this.workspace = workspace;
    this.c = collaborators;
    this.details = details;
  }

  /** {@return the connection id} */
  public String connectionId() {
    return details.connectionId();
  }

  /** {@return the workspace this connection is used through} */
  public CloudWorkspace workspace() {
    return workspace;
  }

  // ---- details -------------------------------------------------------------------------------------------

  /**
   * Checks that the connection exists and belongs to the workspace (one GET unless already cached).
   *
   * @throws AirbyteNotFoundException if it does not exist
   * @throws WorkspaceMismatchException if it belongs to another workspace
   */
  public void checkIsValid() {
    details.requireSameWorkspace();
  }

  /** {@return the display name (cached)} */
  public String name() {
    return details.get().name().orElse("");
  }

  /** {@return the source id (cached)} */
  public String sourceId() {
    return details.get().sourceId().get();
  }

  /** {@return the source, as a handle whose own details load lazily} */
  public CloudSource source() {
    return workspace.getSource(sourceId());
  }

  /** {@return the destination id (cached)} */
  public String destinationId() {
    return details.get().destinationId().get();
  }

  /** {@return the destination, as a handle whose own details load lazily} */
  public CloudDestination destination() {
    return workspace.getDestination(destinationId());
  }

  /** {@return the names of the selected streams (cached; empty when none are configured)} */
  public List<String> streamNames() {
    return streamNames(details.get());
  }

  static List<String> streamNames(ConnectionView view) {
    List<String> names = new ArrayList<>();
    for (StreamConfiguration stream : view.streams().get()) {
      names.add(stream.getName());
    }
    return List.copyOf(names);
  }

  /** {@return the table prefix, or {@code ""} when none is set (cached)} */
  public String tablePrefix() {
    String prefix = details.get().prefix();
    return prefix == null ? "" : prefix;
  }

  /** {@return the schedule (cached)} */
  public ConnectionSchedule schedule() {
    return details.get().schedule().get();
  }

  /** {@return the workspace the connection belongs to, from its details (cached)} */
  public String workspaceId() {
    return Objects.requireNonNull(details.get().workspaceId());
  }

  /** {@return the connection in the web UI (no I/O)} */
  public String connectionUrl() {
    return c.links.connection(connectionId());
  }

  /** {@return the connection's job history in the web UI (no I/O)} */
  public String jobHistoryUrl() {
    return c.links.jobHistory(connectionId());
  }

  // ---- syncs ---------------------------------------------------------------------------------------------

  /**
   * Starts a sync and waits up to 300 s for it.
   *
   * @return the job, final
   * @throws SyncFailedException if it ends failed or cancelled
   * @throws SyncTimeoutException if it is still running after 300 s (it keeps running)
   * @throws SyncAlreadyRunningException if a sync was already running (the running job is attached)
   */
  public SyncResult runSync() {
    return runSync(SyncOptions.builder().build());
  }

  /**
   * Starts a sync and waits up to {@code waitTimeout} for it, raising on failure and timeout; see {@link #runSync()}.
   *
   * @param waitTimeout how long to wait
   * @return the job, final
   */
  public SyncResult runSync(Duration waitTimeout) {
    return runSync(SyncOptions.builder()
        .waitOptions(WaitOptions.builder().timeout(waitTimeout).raiseOnFailure(true).build()).build());
  }

  /**
   * Starts a sync ({@code POST /jobs}) and, unless told not to, waits for it. The create-job answer is the first
   * observation, so waiting starts with a pause rather than a GET. {@code POST /jobs} is never repeated blindly:
   * after a timeout or a 5xx the job list is checked for a job the request may have created before trying again.
   * Like every write, it first checks the workspace (see the class comment).
   *
   * @param options whether and how to wait
   * @return the job: final when waited for, else as Airbyte created it
   */
  public SyncResult runSync(SyncOptions options) {
    Objects.requireNonNull(options, "options == null");
    SyncResult result = c.trigger.start(details, this::result);
    if (options.isWaitForCompletion()) {
      result.waitForCompletion(options.getWaitOptions());
    }
    return result;
  }

  /**
   * Starts a sync and waits up to 300 s for it without blocking; see {@link #runSyncAsync(SyncOptions)}.
   *
   * @return a future of the job, final; it fails as {@link #runSync()} throws
   */
  public CompletableFuture<SyncResult> runSyncAsync() {
    return runSyncAsync(SyncOptions.builder().build());
  }

  /**
   * {@link #runSync(SyncOptions)} without blocking the caller: the start (with its recovery) and the polls run on
   * the workspace's shared scheduler, and what {@code runSync} would throw fails the future. Cancelling the
   * returned future stops the wait (or skips it, if the job is still being created) and cancels the job on
   * Airbyte only with {@link WaitOptions#isCancelOnAbort()} in the wait options.
   *
   * @param options whether and how to wait
   * @return a future of the job: final when waited for, else as Airbyte created it
   */
  public CompletableFuture<SyncResult> runSyncAsync(SyncOptions options) {
    Objects.requireNonNull(options, "options == null");
    return c.async.startThenWait(() -> c.trigger.start(details, this::result), options);
  }

  /**
   * Starts a job of any type (sync, reset, clear or refresh), for the whole connection or for chosen streams, and
   * unless told not to, waits for it as {@link #runSync(SyncOptions)} does: the same recovery after an ambiguous
   * failure (from the job list of that type), the same waiting, cancelling and result. Which request starts it is
   * described at {@link JobRequest}; an Airbyte version without that operation throws
   * {@link AirbyteVersionGapException} before anything is sent. As on Airbyte, a reset or clear cancels a running
   * job and starts anyway, and a clear's job is reported as a reset ({@link SyncResult#jobType()} is
   * {@link JobType#RESET}).
   *
   * <pre>{@code
   * SyncResult reset = connection.runJob(JobRequest.builder().jobType(JobType.RESET).build());
   * }</pre>
   *
   * @param request the job type, its streams and how to wait
   * @return the job: final when waited for, else as Airbyte created it
   * @throws SyncAlreadyRunningException for a sync, if a job was already running (Airbyte answers 409); for a
   *     refresh, if Airbyte started no job while one was running (it keeps the refresh for the next job)
   */
  public SyncResult runJob(JobRequest request) {
    Objects.requireNonNull(request, "request == null");
    SyncResult result = startJob(request);
    SyncOptions options = request.getSyncOptions();
    if (options.isWaitForCompletion()) {
      result.waitForCompletion(options.getWaitOptions());
    }
    return result;
  }

  /**
   * {@link #runJob(JobRequest)} without blocking the caller, as {@link #runSyncAsync(SyncOptions)} does.
   *
   * @param request the job type, its streams and how to wait
   * @return a future of the job: final when waited for, else as Airbyte created it
   */
  public CompletableFuture<SyncResult> runJobAsync(JobRequest request) {
    Objects.requireNonNull(request, "request == null");
    return c.async.startThenWait(() -> startJob(request), request.getSyncOptions());
  }

  private SyncResult startJob(JobRequest request) {
    return c.trigger.start(details, JobStarter.listedAs(request.getJobType()),
        c.starter.creator(connectionId(), request), this::result);
  }

  /** {@return the 20 newest jobs of the types Airbyte lists by default (see {@link JobQuery#getJobType()})} */
  public List<SyncResult> getPreviousSyncLogs() {
    return getPreviousSyncLogs(JobQuery.builder().build());
  }

  /**
   * The newest jobs of the types Airbyte lists by default (see {@link JobQuery#getJobType()}).
   *
   * @param limit the maximum number of jobs
   * @return up to {@code limit} jobs, newest first
   */
  public List<SyncResult> getPreviousSyncLogs(int limit) {
    return getPreviousSyncLogs(JobQuery.builder().limit(limit).build());
  }

  /**
   * Jobs of this connection, fetched in pages of up to 100 by offset (the {@code next} link is never followed).
   * Each result carries the job as listed.
   *
   * @param query which jobs
   * @return the jobs, in the requested order
   */
  public List<SyncResult> getPreviousSyncLogs(JobQuery query) {
    Objects.requireNonNull(query, "query == null");
    List<SyncResult> results = new ArrayList<>();
    for (JobView job : c.history.list(c.workspaceId, connectionId(), query)) {
      results.add(result(job, false));
    }
    return List.copyOf(results);
  }

  /** {@return the newest job of the types Airbyte lists by default, if any (one request)} */
  public Optional<SyncResult> getSyncResult() {
    List<SyncResult> newest = getPreviousSyncLogs(1);
    return newest.isEmpty() ? Optional.empty() : Optional.of(newest.get(0));
  }

  /**
   * Job {@code jobId} of this connection, lazily: no I/O until a property is read, and the first fetch checks that
   * the job belongs to this connection.
   *
   * @param jobId the job id
   * @return a handle on the job
   */
  public SyncResult getSyncResult(long jobId) {
    return new SyncResult(this, details, c, jobId, null, false);
  }

  private SyncResult result(JobView job, boolean fresh) {
    return new SyncResult(this, details, c, job.jobId(), job, fresh);
  }

  // ---- state ---------------------------------------------------------------------------------------------

  /** {@return the state as protocol {@code AirbyteStateMessage}s (Config API {@code state/get})} */
  public List<AirbyteStateMessage> dumpRawState() {
    return StateConverter.toProtocol(dumpRawConnectionState());
  }

  /** {@return the state in Config API form, as Airbyte stores it, unknown properties included} */
  public ConnectionState dumpRawConnectionState() {
    return c.states.dump(connectionId());
  }

  /**
   * The state as JSON text, unknown properties and blobs kept verbatim.
   *
   * @param form {@link JsonForm#CONFIG_API} for Airbyte's state with unknown properties and blobs kept verbatim,
   *     {@link JsonForm#PROTOCOL} for a JSON array of state messages
   * @return one JSON document
   */
  public String dumpRawStateJson(JsonForm form) {
    return c.states.dumpJson(connectionId(), form);
  }

  /**
   * Replaces the state with protocol messages ({@code state/create_or_update_safe}).
   *
   * @param messages protocol state messages
   * @return the state Airbyte stored
   * @throws AirbyteInputException for an empty list (it would silently reset the state)
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423); nothing was written
   */
  public ConnectionState importRawState(List<AirbyteStateMessage> messages) {
    return c.states.importProtocol(details, messages);
  }

  /**
   * Replaces the state with a Config API state, sent with its unknown properties; its {@code connectionId} is
   * replaced by this connection's, so a state can be copied between connections.
   *
   * @param state a Config API state
   * @return the state Airbyte stored
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423); nothing was written
   */
  public ConnectionState importRawState(ConnectionState state) {
    return c.states.write(details, state);
  }

  /**
   * Replaces the state with JSON of either form (detected strictly); see the typed overloads.
   *
   * @param json JSON of either form
   * @return the state Airbyte stored
   */
  public ConnectionState importRawStateJson(String json) {
    return c.states.importJson(details, json);
  }

  /**
   * The state blob of stream {@code streamName} without a namespace; see {@link #getStreamState(String, String)}.
   *
   * @param streamName the stream name
   * @return the blob; empty when the stream has no entry
   */
  public Optional<RawJson> getStreamState(String streamName) {
    return getStreamState(streamName, null);
  }

  /**
   * The state blob of one stream (one Config API request). {@code null} and {@code ""} namespaces are the same; no
   * namespace does not match {@code public}.
   *
   * @param streamName the stream name
   * @param namespace the stream namespace, or null
   * @return the blob, {@link RawJson#nullValue()} for an entry with a null blob; empty when the stream has no
   *     entry or the connection has no state yet
   * @throws AirbyteInputException for a legacy state, which has no per-stream entries
   */
  public Optional<RawJson> getStreamState(String streamName, @Nullable String namespace) {
    return c.states.stream(connectionId(), StreamId.of(streamName, namespace));
  }

  /**
   * Sets the state blob of one stream: {@code state/get}, then {@code state/create_or_update_safe} with only that
   * stream's entry changed and every other property kept (2 requests).
   *
   * <p><b>Read–modify–write:</b> Airbyte offers no version check. If a sync or another writer changes the state
   * between the two requests, its changes to other streams are overwritten with what was read. Run it while the
   * connection is disabled or idle, or use {@link #setStreamStateVerified}.
   *
   * @param streamName the stream name
   * @param namespace the stream namespace, or null
   * @param blob the new state blob
   * @return the state Airbyte stored
   * @throws AirbyteInputException if the connection has no state yet ({@code not_set}) or a legacy state; nothing
   *     is written
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423); nothing is written
   */
  public ConnectionState setStreamState(String streamName, @Nullable String namespace, RawJson blob) {
    return c.states.setStream(details, StreamId.of(streamName, namespace), blob);
  }

  /**
   * {@link #setStreamState} followed by a third request that reads the state back and reports every stream whose
   * blob differs from what was written: evidence that a sync or another writer touched the state around this
   * write. (A change made between the read and the write is overwritten and cannot be seen afterwards; this
   * narrows, not closes, the window.)
   *
   * @param streamName the stream name
   * @param namespace the stream namespace, or null
   * @param blob the new state blob
   * @return what was written and what was read back
   */
  public StreamStateWriteReport setStreamStateVerified(String streamName, @Nullable String namespace, RawJson blob) {
    return c.states.setStreamVerified(details, StreamId.of(streamName, namespace), blob);
  }

  /**
   * The stream entries of the state.
   *
   * @return the entries, or empty when the connection has no state
   * @deprecated use {@link #dumpRawState()} or {@link #dumpRawConnectionState()}
   */
  @Deprecated
  public Optional<List<StreamState>> getStateArtifacts() {
    ConnectionState state = dumpRawConnectionState();
    return StateStore.isNotSet(state) ? Optional.empty() : Optional.of(state.streams());
  }

  // ---- catalog -------------------------------------------------------------------------------------------

  /** {@return the configured catalog in protocol form ({@code web_backend/connections/get}); empty if none} */
  public Optional<ConfiguredAirbyteCatalog> dumpRawCatalog() {
    return dumpRawSyncCatalog().map(CatalogConverter::toProtocol);
  }

  /** {@return the catalog in Config API form ({@code syncCatalog}), deselected streams included; empty if none} */
  public Optional<SyncCatalog> dumpRawSyncCatalog() {
    return c.catalogs.dump(connectionId());
  }

  /**
   * The catalog as JSON text, unknown properties kept verbatim.
   *
   * @param form {@link JsonForm#CONFIG_API} for Airbyte's {@code syncCatalog}, {@link JsonForm#PROTOCOL} for a
   *     {@code ConfiguredAirbyteCatalog}
   * @return one JSON document; empty if the connection has no catalog
   */
  public Optional<String> dumpRawCatalogJson(JsonForm form) {
    return c.catalogs.dumpJson(connectionId(), form);
  }

  /**
   * Replaces the catalog ({@code web_backend/connections/update} with {@code skipReset=true}), sent with its
   * unknown properties.
   *
   * @param catalog the catalog
   * @return the catalog Airbyte stored
   * @throws ConnectionSyncActiveException if a sync is running (HTTP 423)
   */
  public SyncCatalog importRawCatalog(SyncCatalog catalog) {
    return c.catalogs.write(details, catalog);
  }

  /**
   * Replaces the catalog with a protocol catalog (converted to Config API form first).
   *
   * @param catalog the catalog
   * @return the catalog Airbyte stored
   */
  public SyncCatalog importRawCatalog(ConfiguredAirbyteCatalog catalog) {
    return importRawCatalog(CatalogConverter.fromProtocol(Objects.requireNonNull(catalog, "catalog == null")));
  }

  /**
   * Replaces the catalog with JSON of either form (detected strictly).
   *
   * @param json JSON of either form
   * @return the catalog Airbyte stored
   */
  public SyncCatalog importRawCatalogJson(String json) {
    return c.catalogs.importJson(details, json);
  }

  /**
   * The configured catalog in protocol form.
   *
   * @return the catalog, empty if none
   * @deprecated use {@link #dumpRawCatalog()}
   */
  @Deprecated
  public Optional<ConfiguredAirbyteCatalog> getCatalogArtifact() {
    return dumpRawCatalog();
  }

  // ---- settings ------------------------------------------------------------------------------------------

  /**
   * Renames the connection (one PATCH, after the workspace check).
   *
   * @param name the new name
   * @return this connection
   */
  public CloudConnection rename(String name) {
    Objects.requireNonNull(name, "name == null");
    if (name.isBlank()) {
      throw new AirbyteInputException("A connection name must not be blank.");
    }
    details.patch(ConnectionPatch.name(name));
    return this;
  }

  /**
   * Sets the table prefix; {@code ""} removes it (one PATCH, after the workspace check).
   *
   * @param prefix the table prefix
   * @return this connection
   */
  public CloudConnection setTablePrefix(String prefix) {
    details.patch(ConnectionPatch.prefix(Objects.requireNonNull(prefix, "prefix == null")));
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
    List<StreamSelector.Request> requests = new ArrayList<>();
    for (String name : Objects.requireNonNull(streamNames, "streamNames == null")) {
      requests.add(StreamSelector.Request.byName(name));
    }
    c.selector.select(details, requests);
    return this;
  }

  /**
   * Selects exactly these streams. Streams that stay selected are sent back exactly as Airbyte reported them: sync
   * mode, cursor, primary key and every other setting, also those this version does not know; newly selected
   * streams get Airbyte's defaults. Every stream must exist in the connection's catalog. Requests: GET connection,
   * Config API {@code web_backend/connections/get}, PATCH.
   *
   * @param streams the streams
   * @return this connection
   * @throws AirbyteInputException for an empty list, or an unknown or ambiguous stream; nothing is changed
   */
  public CloudConnection setSelectedStreamDescriptors(List<StreamDescriptor> streams) {
    List<StreamSelector.Request> requests = new ArrayList<>();
    for (StreamDescriptor stream : Objects.requireNonNull(streams, "streams == null")) {
      requests.add(StreamSelector.Request.of(Objects.requireNonNull(stream, "stream descriptor == null").id()));
    }
    c.selector.select(details, requests);
    return this;
  }

  /** {@return whether the connection is {@code active} (always one GET; {@code deprecated} is not enabled)} */
  public boolean isEnabled() {
    return ConnectionStatus.ACTIVE.equals(status());
  }

  /** {@return the connection status, fetched fresh (one GET)} */
  public ConnectionStatus status() {
    return details.refresh().status().get();
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
   * @param enabled true to enable, false to disable
   * @param ignoreNoop when {@code false}, a connection already in the requested state is an error
   * @throws AirbyteInputException if already in that state and {@code ignoreNoop} is false, or if the connection is
   *     {@code deprecated} or {@code locked} (Airbyte owns those states)
   */
  public void setEnabled(boolean enabled, boolean ignoreNoop) {
    ConnectionStatus current = status();
    ConnectionStatus wanted = enabled ? ConnectionStatus.ACTIVE : ConnectionStatus.INACTIVE;
    if (current.equals(wanted)) {
      if (ignoreNoop) {
        return;
      }
      throw new AirbyteInputException("Connection " + connectionId() + " is already "
          + (enabled ? "enabled" : "disabled") + " (status " + current + ").");
    }
    if (!current.equals(ConnectionStatus.ACTIVE) && !current.equals(ConnectionStatus.INACTIVE)) {
      throw new AirbyteInputException("Connection " + connectionId() + " has status " + current
          + ", which only Airbyte changes; it cannot be " + (enabled ? "enabled" : "disabled") + " here.");
    }
    details.patch(ConnectionPatch.status(wanted.wireValue()));
  }

  /**
   * Schedules the connection with a Quartz cron expression (validated locally first; one PATCH, after the workspace
   * check).
   *
   * @param cronExpression a Quartz cron expression, such as {@code 0 0 12 * * ?}
   * @return this connection
   * @throws AirbyteInputException for invalid cron, including 5-field Unix cron (the message suggests the Quartz
   *     form)
   */
  public CloudConnection setSchedule(String cronExpression) {
    String valid = CronValidation.requireQuartz(Objects.requireNonNull(cronExpression, "cronExpression == null"));
    details.patch(ConnectionPatch.schedule("cron", valid));
    return this;
  }

  /** {@return makes the connection manual-only (one PATCH, after the workspace check)} */
  public CloudConnection setManualSchedule() {
    details.patch(ConnectionPatch.schedule("manual", null));
    return this;
  }

  /** Deletes the connection in safe mode; see {@link #permanentlyDelete(boolean, boolean)}. */
  public void permanentlyDelete() {
    permanentlyDelete(false, false);
  }

  /**
   * Deletes the connection and optionally its source and destination, in safe mode: each name must contain the
   * word {@code delete-me} or {@code deleteme}. All checks run before the first DELETE.
   *
   * @param cascadeSource also delete the source
   * @param cascadeDestination also delete the destination
   */
  public void permanentlyDelete(boolean cascadeSource, boolean cascadeDestination) {
    permanentlyDelete(cascadeSource, cascadeDestination, true);
  }

  void permanentlyDelete(boolean cascadeSource, boolean cascadeDestination, boolean safeMode) {
    if (safeMode) {
      ConnectorOps.requireSafeName("connection", connectionId(), name());
    }
    CloudSource source = cascadeSource ? source() : null;
    CloudDestination destination = cascadeDestination ? destination() : null;
    if (safeMode && source != null) {
      ConnectorOps.requireSafeName("source", source.sourceId(), source.name());
    }
    if (safeMode && destination != null) {
      ConnectorOps.requireSafeName("destination", destination.destinationId(), destination.name());
    }
    details.requireSameWorkspace(); // safe mode checked it through name(); unsafe mode must not skip it
    c.connections.delete(connectionId());
    if (source != null) {
      source.permanentlyDelete(false);
    }
    if (destination != null) {
      destination.permanentlyDelete(false);
    }
  }

  /** No I/O: ids known so far and the web URL. */
  @Override
  public String toString() {
    ConnectionView cached = details.cached();
    return "CloudConnection{connectionId=" + connectionId()
        + (cached == null ? "" : ", name=" + cached.name().orNull() + ", sourceId=" + cached.sourceId().orNull()
            + ", destinationId=" + cached.destinationId().orNull())
        + ", connectionUrl=" + connectionUrl() + "}";
  }
}
