package io.github.airbytekit.testkit;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Immutable snapshot of one fake job, as the test sees it.
 *
 * <pre>{@code
 * FakeJob job = server.jobs().openJob(connectionId).orElseThrow();
 * server.jobs().complete(job.id());
 * }</pre>
 */
public final class FakeJob {
  private final long id;
  private final String connectionId;
  private final String jobType;
  private final FakeJobStatus status;
  private final Instant createdAt;
  private final Instant updatedAt;
  private final @Nullable Long bytesSynced;
  private final @Nullable Long rowsSynced;
  private final int attempts;
  private final @Nullable String failureReason;

  FakeJob(
      long id,
      String connectionId,
      String jobType,
      FakeJobStatus status,
      Instant createdAt,
      Instant updatedAt,
      @Nullable Long bytesSynced,
      @Nullable Long rowsSynced,
      int attempts,
      @Nullable String failureReason) {
    this.id = id;
    this.connectionId = connectionId;
    this.jobType = jobType;
    this.status = status;
    this.createdAt = createdAt;
    this.updatedAt = updatedAt;
    this.bytesSynced = bytesSynced;
    this.rowsSynced = rowsSynced;
    this.attempts = attempts;
    this.failureReason = failureReason;
  }

  /**
   * Numeric job id.
   *
   * @return numeric job id
   */
  public long id() {
    return id;
  }

  /**
   * Connection the job runs for.
   *
   * @return connection the job runs for
   */
  public String connectionId() {
    return connectionId;
  }

  /**
   * Wire value of the job type: {@code sync}, {@code reset}, {@code refresh} or {@code clear}.
   *
   * @return wire value of the job type: {@code sync}, {@code reset}, {@code refresh} or {@code clear}
   */
  public String jobType() {
    return jobType;
  }

  /**
   * Current status.
   *
   * @return current status
   */
  public FakeJobStatus status() {
    return status;
  }

  /**
   * When the job was created.
   *
   * @return when the job was created
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * When the job last changed.
   *
   * @return when the job last changed
   */
  public Instant updatedAt() {
    return updatedAt;
  }

  /**
   * Bytes synced, set once the job is final; null before.
   *
   * @return bytes synced, set once the job is final; null before
   */
  public @Nullable Long bytesSynced() {
    return bytesSynced;
  }

  /**
   * Rows synced, set once the job is final; null before.
   *
   * @return rows synced, set once the job is final; null before
   */
  public @Nullable Long rowsSynced() {
    return rowsSynced;
  }

  /**
   * Number of attempts started so far.
   *
   * @return number of attempts started so far
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Failure reason of a failed job; null otherwise.
   *
   * @return failure reason of a failed job; null otherwise
   */
  public @Nullable String failureReason() {
    return failureReason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof FakeJob)) {
      return false;
    }
    FakeJob that = (FakeJob) o;
    return id == that.id
        && attempts == that.attempts
        && connectionId.equals(that.connectionId)
        && jobType.equals(that.jobType)
        && status == that.status
        && createdAt.equals(that.createdAt)
        && updatedAt.equals(that.updatedAt)
        && Objects.equals(bytesSynced, that.bytesSynced)
        && Objects.equals(rowsSynced, that.rowsSynced)
        && Objects.equals(failureReason, that.failureReason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, updatedAt);
  }

  @Override
  public String toString() {
    return "FakeJob(" + id + " " + jobType + " " + status.wireValue() + " on " + connectionId + ")";
  }
}
