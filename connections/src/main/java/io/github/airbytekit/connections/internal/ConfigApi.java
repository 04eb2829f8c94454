package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.configapi.AttemptLogs;
import io.github.airbytekit.client.configapi.model.AttemptInfoRead;
import io.github.airbytekit.client.configapi.model.AttemptRead;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.client.configapi.model.JobIdRequestBody;
import io.github.airbytekit.client.configapi.model.JobInfoRead;
import io.github.airbytekit.client.configapi.model.JobRead;
import io.github.airbytekit.client.configapi.model.LogEvent;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.ArrayList;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The Config API operations this module uses (all {@code POST}), through the generated Retrofit services,
 * created on first use: a root that could not be resolved fails only the Config API calls.
 */
public final class ConfigApi {
  private final @Nullable String root;
  private final OkHttpClient client;
  private final Supplier<RuntimeException> unresolved;
  private volatile @Nullable ConfigApiServices services;

  /** A gateway for {@code root}; with a null root every call throws what {@code unresolved} supplies. */
  public ConfigApi(@Nullable String root, OkHttpClient client, Supplier<RuntimeException> unresolved) {
    this.root = root;
    this.client = client;
    this.unresolved = unresolved;
  }

  private ConfigApiServices services() {
    ConfigApiServices current = services;
    if (current != null) {
      return current;
    }
    if (root == null) {
      throw unresolved.get();
    }
    try {
      current = ConfigApiServices.create(root, client);
    } catch (IllegalArgumentException e) {
      throw new AirbyteInputException("Unusable Config API root '" + root + "': " + e.getMessage(), e);
    }
    services = current;
    return current;
  }

  /** {@code state/get}. */
  public ConnectionState getState(String connectionId) {
    ConfigApiServices api = services();
    return Calls.body(api.state().getState(
        new ConnectionIdRequestBody().connectionId(Calls.uuid("connectionId", connectionId))));
  }

  /** {@code state/create_or_update_safe}; {@code state} must already carry {@code connectionId}. */
  public ConnectionState createOrUpdateStateSafe(String connectionId, ConnectionState state) {
    ConfigApiServices api = services();
    return Calls.body(api.state().createOrUpdateStateSafe(new ConnectionStateCreateOrUpdate()
        .connectionId(Calls.uuid("connectionId", connectionId)).connectionState(state)));
  }

  /** {@code web_backend/connections/get} with {@code withRefreshedCatalog=false}; its {@code syncCatalog}. */
  public @Nullable SyncCatalog getSyncCatalog(String connectionId) {
    ConfigApiServices api = services();
    return Calls.body(api.webBackend().webBackendGetConnection(new WebBackendConnectionRequestBody()
        .connectionId(Calls.uuid("connectionId", connectionId)).withRefreshedCatalog(false))).getSyncCatalog();
  }

  /** {@code web_backend/connections/update} with {@code skipReset=true}; the stored catalog. */
  public @Nullable SyncCatalog updateSyncCatalog(String connectionId, SyncCatalog catalog) {
    ConfigApiServices api = services();
    return Calls.body(api.webBackend().webBackendUpdateConnection(new WebBackendConnectionUpdate()
        .connectionId(Calls.uuid("connectionId", connectionId)).syncCatalog(catalog).skipReset(true)))
        .getSyncCatalog();
  }

  /** {@code jobs/get}: the job with its attempts and logs. */
  public Dto.JobInfo getJobInfo(long jobId) {
    JobInfoRead read = Calls.body(services().jobs().getJobInfo(new JobIdRequestBody().id(jobId)));
    Dto.JobInfo info = new Dto.JobInfo();
    JobRead job = read.getJob();
    if (job != null) {
      info.job = new Dto.ConfigJob();
      info.job.id = job.getId();
      info.job.configId = job.getConfigId();
      info.job.status = OpenValue.wireValueOf(job.getStatus());
      info.job.createdAt = job.getCreatedAt();
      info.job.startedAt = job.getStartedAt();
    }
    info.attempts = new ArrayList<>();
    if (read.getAttempts() != null) {
      for (AttemptInfoRead attemptInfo : read.getAttempts()) {
        info.attempts.add(attempt(attemptInfo));
      }
    }
    return info;
  }

  private static Dto.AttemptInfo attempt(AttemptInfoRead read) {
    Dto.AttemptInfo info = new Dto.AttemptInfo();
    AttemptRead attempt = read.getAttempt();
    if (attempt != null) {
      info.attempt = new Dto.Attempt();
      info.attempt.id = attempt.getId();
      info.attempt.status = OpenValue.wireValueOf(attempt.getStatus());
      info.attempt.createdAt = attempt.getCreatedAt();
      info.attempt.endedAt = attempt.getEndedAt();
      info.attempt.bytesSynced = attempt.getBytesSynced();
      info.attempt.recordsSynced = attempt.getRecordsSynced();
    }
    AttemptLogs logs = read.getLogs();
    if (logs != null) {
      info.logs = new Dto.Logs();
      info.logs.logLines = logs.getLogLines();
      if (logs.getEvents() != null) {
        info.logs.events = new ArrayList<>();
        for (LogEvent event : logs.getEvents()) {
          Dto.LogEvent copy = new Dto.LogEvent();
          copy.timestamp = event.getTimestamp();
          copy.level = OpenValue.wireValueOf(event.getLevel());
          copy.message = event.getMessage();
          info.logs.events.add(copy);
        }
      }
    }
    return info;
  }
}
