package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Which jobs {@link CloudConnection#getPreviousSyncLogs(JobQuery)} returns.
 *
 * <pre>{@code
 * List<SyncResult> last50 = connection.getPreviousSyncLogs(JobQuery.builder().limit(50).build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class JobQuery {
  JobQuery() {}

  /**
   * Starts a query for the 20 newest sync and reset jobs.
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutableJobQuery.builder();
  }

  /**
   * How many jobs at most (default 20; {@link Integer#MAX_VALUE} for all); fetched in pages of ≤ 100.
   *
   * @return how many jobs at most (default 20; {@link Integer#MAX_VALUE} for all); fetched in pages of ≤ 100
   */
  @Value.Default
  public int getLimit() {
    return 20;
  }

  /**
   * How many jobs to skip (default 0).
   *
   * @return how many jobs to skip (default 0)
   */
  @Value.Default
  public int getOffset() {
    return 0;
  }

  /**
   * Newest first (default) or oldest first.
   *
   * @return true for newest first, false for oldest first
   */
  @Value.Default
  public boolean isNewestFirst() {
    return true;
  }

  /**
   * Only jobs of this type; {@code null} leaves Airbyte's default (sync and reset jobs only).
   *
   * @return the job type
   */
  public abstract @Nullable JobType getJobType();

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (getLimit() <= 0) {
      problems.add("limit must be greater than 0, was " + getLimit());
    }
    if (getOffset() < 0) {
      problems.add("offset must not be negative, was " + getOffset());
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid JobQuery: " + String.join("; ", problems) + ".");
    }
  }

  /** Builds a {@link JobQuery}. */
  public interface Builder {
    /**
     * See {@link JobQuery#getLimit()}.
     *
     * @param limit the maximum number of jobs
     * @return this builder
     */
    Builder limit(int limit);

    /**
     * See {@link JobQuery#getOffset()}.
     *
     * @param offset how many jobs to skip
     * @return this builder
     */
    Builder offset(int offset);

    /**
     * See {@link JobQuery#isNewestFirst()}.
     *
     * @param newestFirst newest first when true
     * @return this builder
     */
    Builder newestFirst(boolean newestFirst);

    /**
     * See {@link JobQuery#getJobType()}.
     *
     * @param jobType the job type
     * @return this builder
     */
    Builder jobType(@Nullable JobType jobType);

    /**
     * Builds the query, reporting every problem at once.
     *
     * @return the job query
     */
    JobQuery build();
  }
}
