package io.github.airbytekit.connections;

import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.internal.AirbyteStyle;
import org.immutables.value.Value;

/**
 * What one stream of a job moved: the records and bytes the source emitted and the destination committed, from
 * the stream stats of the job's attempts (Config API {@code jobs/get}). Counters Airbyte does not report are 0.
 *
 * <pre>{@code
 * for (StreamSyncStats stream : result.streamStats()) {
 *   System.out.println(stream.getStream().displayName() + ": " + stream.getRecordsCommitted() + " records");
 * }
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class StreamSyncStats {
  StreamSyncStats() {}

  /** {@return a new builder; the stream is required, the counters default to 0} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the stream, by name and namespace} */
  public abstract StreamId getStream();

  /** {@return the records the source emitted} */
  @Value.Default
  public long getRecordsEmitted() {
    return 0;
  }

  /** {@return the bytes the source emitted} */
  @Value.Default
  public long getBytesEmitted() {
    return 0;
  }

  /** {@return the records the destination committed} */
  @Value.Default
  public long getRecordsCommitted() {
    return 0;
  }

  /** {@return the bytes the destination committed} */
  @Value.Default
  public long getBytesCommitted() {
    return 0;
  }

  /** Builds {@link StreamSyncStats}; each attribute may be set once. */
  public static final class Builder extends ImmutableStreamSyncStats.Builder {
    Builder() {}
  }
}
