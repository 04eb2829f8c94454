package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.testkit.FakeJobStatus;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Records.Workspace;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import io.github.airbytekit.testkit.internal.versions.VersionRules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The whole in-memory Airbyte. Callers hold the monitor of this object ({@code synchronized
 * (store)}) for every read and write, so one HTTP request or one test-side call is atomic.
 */
public final class FakeStore {
  /** Script used when neither the seed nor the test set one: one poll running, the next done. */
  public static final List<FakeJobStatus> DEFAULT_SCRIPT =
      List.of(FakeJobStatus.RUNNING, FakeJobStatus.SUCCEEDED);

  public final Clock clock;
  public final Map<String, Workspace> workspaces = new LinkedHashMap<>();
  public final Map<String, Actor> sources = new LinkedHashMap<>();
  public final Map<String, Actor> destinations = new LinkedHashMap<>();
  public final Map<String, Connection> connections = new LinkedHashMap<>();
  public final TreeMap<Long, Job> jobs = new TreeMap<>();
  /**
   * Connection id → its newest job, while that may be open: every job starts in {@link #createJob}, so the open
   * one is found without scanning {@link #jobs} (a job that became final is dropped on the next look-up).
   */
  private final Map<String, Job> openJobs = new HashMap<>();
  /**
   * Connection id → the streams (empty: every stream) of a refresh Airbyte accepted while a job was open: it
   * started no job then, and the connection's next job is that refresh.
   */
  private final Map<String, List<StreamId>> savedRefreshes = new HashMap<>();
  /** Connection id → how many sync jobs were started through {@code POST /jobs}. */
  public final Map<String, Integer> syncsTriggered = new HashMap<>();
  public long nextJobId = 1;
  public boolean allowSubHourlySchedules;
  /** The Airbyte version the fake behaves as. */
  public final VersionRules version;

  public FakeStore(Clock clock, boolean allowSubHourlySchedules, VersionRules version) {
    this.clock = clock;
    this.allowSubHourlySchedules = allowSubHourlySchedules;
    this.version = version;
  }

  /** Current instant truncated to milliseconds, so every timestamp renders identically. */
  public Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  public void clear() {
    workspaces.clear();
    sources.clear();
    destinations.clear();
    connections.clear();
    jobs.clear();
    openJobs.clear();
    savedRefreshes.clear();
    syncsTriggered.clear();
    nextJobId = 1;
  }

  public Connection connection(String id) {
    Connection connection = connections.get(Ids.canonical(id));
    if (connection == null) {
      throw HttpProblem.notFound("Could not find connection with id: " + id);
    }
    return connection;
  }

  public Job job(long id) {
    Job job = jobs.get(id);
    if (job == null) {
      throw HttpProblem.notFound("Could not find job with id: " + id);
    }
    return job;
  }

  /** Returns the connection's job that is not final yet, if any (at most one exists). */
  public @Nullable Job openJob(String rawConnectionId) {
    String connectionId = Ids.canonical(rawConnectionId);
    Job job = openJobs.get(connectionId);
    if (job != null && job.status.isFinal()) {
      openJobs.remove(connectionId);
      return null;
    }
    return job;
  }

  /**
   * Starts a reset, clear or refresh of {@code streams} (every stream when empty) as the API does: when it
   * succeeds, the state of those streams is gone (Airbyte's reset writes it empty), while a failed or cancelled
   * job leaves it alone; 409 while another job is open.
   */
  public Job startOver(Connection connection, String jobType, List<StreamId> streams) {
    Job job = createJob(connection, jobType);
    job.streams = List.copyOf(streams);
    job.clearsStateOnSuccess = true;
    return job;
  }

  /**
   * A reset or clear as Airbyte starts one ({@code SchedulerHandler.resetConnection} / {@code resetConnectionStream}
   * for both): an open job is cancelled first (the connection manager workflow's {@code resetConnection} signal
   * cancels the running sync), and the job is a {@code reset} (Airbyte stores a clear as {@code reset_connection}).
   * A cancelled reset's streams are reset too: Airbyte keeps the streams to reset until a reset of them succeeds
   * ({@code StreamResetPersistence}, {@code SchedulerHandler.createJob}).
   */
  public Job startReset(Connection connection, List<StreamId> streams) {
    Job open = openJob(connection.id);
    List<StreamId> toReset = streams;
    if (open != null) {
      transition(open, FakeJobStatus.CANCELLED, null, null, null);
      if (open.jobType.equals("reset")) { // its streams stay to reset (stream_reset rows go when a reset succeeds)
        toReset = streams.isEmpty() || open.streams.isEmpty() ? List.of() : union(open.streams, streams);
      }
    }
    return startOver(connection, "reset", toReset);
  }

  private static List<StreamId> union(List<StreamId> first, List<StreamId> second) {
    List<StreamId> all = new ArrayList<>(first);
    for (StreamId stream : second) {
      if (!all.contains(stream)) {
        all.add(stream);
      }
    }
    return all;
  }

  /**
   * A refresh as Airbyte starts one ({@code StreamRefreshesHandler.createRefreshesForConnection}): with a job
   * open, the refresh is saved for the connection's next job and no job is started (null).
   */
  public @Nullable Job startRefresh(Connection connection, List<StreamId> streams) {
    if (openJob(connection.id) != null) {
      savedRefreshes.put(connection.id, List.copyOf(streams));
      return null;
    }
    savedRefreshes.remove(connection.id);
    return startOver(connection, "refresh", streams);
  }

  /** A sync, or the refresh saved while a job was open ({@code SchedulerHandler.createJob}); 409 while one is open. */
  public Job startSync(Connection connection) {
    List<StreamId> saved = savedRefreshes.get(connection.id);
    Job job = saved == null ? createJob(connection, "sync") : startOver(connection, "refresh", saved);
    savedRefreshes.remove(connection.id);
    return job;
  }

  /** Starts a job, refusing with 409 while another one is open. */
  public Job createJob(Connection connection, String jobType) {
    Job open = openJob(connection.id);
    if (open != null) {
      throw HttpProblem.conflict(
          "A sync is already running for: "
              + connection.id
              + " (job "
              + open.id
              + " is "
              + open.status.wireValue()
              + ")");
    }
    List<FakeJobStatus> script =
        connection.jobScript.isEmpty() ? DEFAULT_SCRIPT : connection.jobScript;
    Job job = new Job(nextJobId++, connection.id, jobType, script, now());
    jobs.put(job.id, job);
    openJobs.put(job.connectionId, job);
    return job;
  }

  /** Moves a job one step along its script (a poll); final jobs and script ends stay put. */
  public void advance(Job job) {
    if (job.status.isFinal() || job.step + 1 >= job.script.size()) {
      return;
    }
    job.step++;
    transition(job, job.script.get(job.step), null, null, null);
  }

  /**
   * Puts a job into {@code target} (as the version reports it: {@code queued} is {@code pending} where the
   * version has no {@code queued}), keeping attempts, logs and counters consistent with what Airbyte reports.
   *
   * @throws IllegalStateException if the job is already final
   */
  public void transition(
      Job job,
      FakeJobStatus target,
      @Nullable String failureReason,
      @Nullable Long bytes,
      @Nullable Long rows) {
    FakeJobStatus status = version.jobStatus(target);
    if (job.status.isFinal()) {
      throw new IllegalStateException(
          "job " + job.id + " is already " + job.status.wireValue() + "; it cannot become " + status.wireValue());
    }
    job.reportedStreams = job.streams.isEmpty() ? selectedStreams(connections.get(job.connectionId)) : job.streams;
    JobTransitions.apply(job, status, failureReason, bytes, rows, now());
    if (status == FakeJobStatus.SUCCEEDED && job.clearsStateOnSuccess) {
      Connection connection = connections.get(job.connectionId);
      if (connection != null) { // a reset, clear or refresh starts its streams over: their state is gone
        connection.state = job.streams.isEmpty() ? null : StateScopes.without(connection.state, job.streams);
      }
    }
  }

  /** The streams selected in the connection's catalog (an entry without {@code selected} counts as selected). */
  private static List<StreamId> selectedStreams(@Nullable Connection connection) {
    List<StreamId> selected = new ArrayList<>();
    if (connection != null) {
      for (SyncCatalogEntry entry : connection.syncCatalog.getStreams()) {
        if (!Boolean.FALSE.equals(entry.getConfig().isSelected())) {
          selected.add(entry.id());
        }
      }
    }
    return List.copyOf(selected);
  }

  /** ISO-8601 duration from creation to the last update, whole seconds. */
  public static String duration(Job job) {
    return Duration.between(job.createdAt, job.updatedAt).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  public List<Job> jobsOf(String rawConnectionId) {
    String connectionId = Ids.canonical(rawConnectionId);
    List<Job> result = new ArrayList<>();
    for (Job job : jobs.values()) {
      if (job.connectionId.equals(connectionId)) {
        result.add(job);
      }
    }
    return result;
  }

  public void validateCron(String expression) {
    CronRules.problem(expression, allowSubHourlySchedules, now())
        .ifPresent(
            message -> {
              throw HttpProblem.badRequest(message);
            });
  }
}
