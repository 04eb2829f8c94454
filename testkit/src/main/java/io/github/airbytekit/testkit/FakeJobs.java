package io.github.airbytekit.testkit;

import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.Records;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Inspects and drives the fake's jobs. A job starts {@code pending}; every {@code GET
 * /jobs/{id}} poll moves it one step along its connection's script (by default {@code running}
 * then {@code succeeded}); the test can also finish it directly.
 *
 * <pre>{@code
 * server.jobs().script(connectionId, QUEUED, RUNNING, RUNNING, SUCCEEDED);
 * // ... code under test starts a sync and polls ...
 * server.jobs().fail(server.jobs().openJob(connectionId).orElseThrow().id(), "source timed out");
 * }</pre>
 */
public final class FakeJobs {
  private final FakeStore store;

  FakeJobs(FakeStore store) {
    this.store = store;
  }

  /**
   * Sets the statuses jobs of {@code connectionId} created from now on go through, one per poll;
   * the last status sticks (end with a non-final one to keep jobs open until the test finishes
   * them). An empty script restores the default ({@code running}, {@code succeeded}).
   *
   * @param connectionId the connection's id
   * @param statuses the statuses, in order
   * @throws IllegalArgumentException if the connection does not exist
   * @return this
   */
  public FakeJobs script(String connectionId, FakeJobStatus... statuses) {
    Objects.requireNonNull(connectionId, "connectionId == null");
    List<FakeJobStatus> script = List.copyOf(Arrays.asList(statuses));
    synchronized (store) {
      connection(connectionId).jobScript = script;
    }
    return this;
  }

  /**
   * Chooses the shape of the attempt logs Config API {@code jobs/get} answers for the jobs of
   * {@code connectionId}, past and future: structured events ({@code logType: structured},
   * {@code logs: {events: [{timestamp, message, level, logSource}], version}}), as newer Airbyte
   * servers send, or plain lines ({@code logType: formatted}, {@code logs: {logLines: [...]}}),
   * the default (or events, on a server built with {@code structuredLogs(true)}). {@link FakeAirbyteServer#reset()}
   * restores the server's default.
   *
   * @param connectionId the connection's id
   * @param structured true for events, false for lines
   * @throws IllegalArgumentException if the connection does not exist
   * @return this
   */
  public FakeJobs structuredLogs(String connectionId, boolean structured) {
    Objects.requireNonNull(connectionId, "connectionId == null");
    synchronized (store) {
      connection(connectionId).structuredLogs = Boolean.valueOf(structured);
    }
    return this;
  }

  /**
   * Marks job {@code jobId} succeeded with default counters (1 MiB, 1,000 rows).
   *
   * @param jobId the job's id
   * @return the job afterwards
   */
  public FakeJob complete(long jobId) {
    return finish(jobId, FakeJobStatus.SUCCEEDED, null, null, null);
  }

  /**
   * Marks job {@code jobId} succeeded with the given counters.
   *
   * @param jobId the job's id
   * @param bytesSynced bytes synced
   * @param rowsSynced rows synced
   * @return the job afterwards
   */
  public FakeJob complete(long jobId, long bytesSynced, long rowsSynced) {
    return finish(jobId, FakeJobStatus.SUCCEEDED, null, bytesSynced, rowsSynced);
  }

  /**
   * Marks job {@code jobId} failed; {@code reason} appears in its attempt's failure and logs.
   *
   * @param jobId the job's id
   * @param reason the failure reason
   * @return the job afterwards
   */
  public FakeJob fail(long jobId, String reason) {
    Objects.requireNonNull(reason, "reason == null");
    return finish(jobId, FakeJobStatus.FAILED, reason, null, null);
  }

  /**
   * Marks job {@code jobId} failed because of one stream: its attempt's failure names {@code reason} and that
   * stream ({@code failureSummary.failures[].streamDescriptor}), as Airbyte reports a stream that broke a sync.
   *
   * @param jobId the job's id
   * @param reason the failure reason
   * @param streamName the stream's name
   * @param streamNamespace the stream's namespace, or null
   * @return the job afterwards
   */
  public FakeJob failStream(long jobId, String reason, String streamName, @Nullable String streamNamespace) {
    Objects.requireNonNull(reason, "reason == null");
    Objects.requireNonNull(streamName, "streamName == null");
    synchronized (store) {
      job(jobId).failingStream = StreamId.of(streamName, streamNamespace);
      return finish(jobId, FakeJobStatus.FAILED, reason, null, null);
    }
  }

  /**
   * Marks job {@code jobId} cancelled, as {@code DELETE /jobs/{id}} does.
   *
   * @param jobId the job's id
   * @return the job afterwards
   */
  public FakeJob cancel(long jobId) {
    return finish(jobId, FakeJobStatus.CANCELLED, null, null, null);
  }

  /**
   * Moves job {@code jobId} one step along its script, as one poll would.
   *
   * @param jobId the job's id
   * @return the job afterwards
   */
  public FakeJob advance(long jobId) {
    synchronized (store) {
      Records.Job job = job(jobId);
      store.advance(job);
      return snapshot(job);
    }
  }

  /**
   * Puts job {@code jobId} into any status (e.g. {@code RUNNING} to hold a sync open).
   *
   * @param jobId the job's id
   * @param status the status
   * @throws IllegalStateException if the job is already final
   * @return the job afterwards
   */
  public FakeJob setStatus(long jobId, FakeJobStatus status) {
    return finish(jobId, status, null, null, null);
  }

  private FakeJob finish(
      long jobId,
      FakeJobStatus status,
      @Nullable String reason,
      @Nullable Long bytes,
      @Nullable Long rows) {
    synchronized (store) {
      Records.Job job = job(jobId);
      store.transition(job, status, reason, bytes, rows);
      return snapshot(job);
    }
  }

  /**
   * Returns job {@code jobId}, if it exists.
   *
   * @param jobId the job's id
   * @return the job, or empty when there is none
   */
  public Optional<FakeJob> get(long jobId) {
    synchronized (store) {
      Records.Job job = store.jobs.get(jobId);
      return job == null ? Optional.empty() : Optional.of(snapshot(job));
    }
  }

  /**
   * Returns the connection's job that is pending, queued, running or incomplete, if any (a
   * connection has at most one).
   *
   * @param connectionId the connection's id
   * @return the open job, or empty
   */
  public Optional<FakeJob> openJob(String connectionId) {
    synchronized (store) {
      Records.Job job = store.openJob(connectionId);
      return job == null ? Optional.empty() : Optional.of(snapshot(job));
    }
  }

  /** {@return every job, oldest first} */
  public List<FakeJob> all() {
    synchronized (store) {
      List<FakeJob> result = new ArrayList<>();
      store.jobs.values().forEach(job -> result.add(snapshot(job)));
      return List.copyOf(result);
    }
  }

  /**
   * {@return the jobs of {@code connectionId}, oldest first}
   *
   * @param connectionId the connection's id
   */
  public List<FakeJob> of(String connectionId) {
    synchronized (store) {
      List<FakeJob> result = new ArrayList<>();
      store.jobsOf(connectionId).forEach(job -> result.add(snapshot(job)));
      return List.copyOf(result);
    }
  }

  /**
   * Waits until {@code connectionId} has an open job (for code under test that starts syncs in
   * the background).
   *
   * @param connectionId the connection's id
   * @param timeout how long to wait at most
   * @throws AssertionError if none appears within {@code timeout}
   * @return the open job
   */
  public FakeJob awaitOpenJob(String connectionId, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<FakeJob> job = openJob(connectionId);
      if (job.isPresent()) {
        return job.get();
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "no job was started on connection " + connectionId + " within " + timeout);
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for a job on " + connectionId, e);
      }
    }
  }

  private Records.Connection connection(String connectionId) {
    Records.Connection connection = store.connections.get(Ids.canonical(connectionId));
    if (connection == null) {
      throw new IllegalArgumentException("no connection " + connectionId + " in the fake");
    }
    return connection;
  }

  private Records.Job job(long jobId) {
    try {
      return store.job(jobId);
    } catch (HttpProblem e) {
      throw new IllegalArgumentException("no job " + jobId + " in the fake", e);
    }
  }

  static FakeJob snapshot(Records.Job job) {
    return new FakeJob(
        job.id,
        job.connectionId,
        job.jobType,
        job.status,
        job.createdAt,
        job.updatedAt,
        job.bytesSynced,
        job.rowsSynced,
        job.attempts.size(),
        job.failureReason);
  }
}
