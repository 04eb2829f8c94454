package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
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

  /** {@return a new builder for the 20 newest jobs of the types Airbyte lists by default} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how many jobs at most; they are fetched in pages of up to 100} */
  @Value.Default
  public int getLimit() {
    return 20;
  }

  /** {@return how many jobs to skip, 0 by default} */
  @Value.Default
  public int getOffset() {
    return 0;
  }

  /** {@return true (the default) for newest first, false for oldest first} */
  @Value.Default
  public boolean isNewestFirst() {
    return true;
  }

  /**
   * Only jobs of this type. Without one, Airbyte decides: current Airbyte lists every type (sync, reset, refresh
   * and clear), releases up to v2.0.0 only sync and reset jobs.
   *
   * @return the job type, or null for Airbyte's default
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

  /** Builds a {@link JobQuery}, reporting every problem at once; each setting may be set once. */
  public static final class Builder extends ImmutableJobQuery.Builder {
    Builder() {}
  }
}
