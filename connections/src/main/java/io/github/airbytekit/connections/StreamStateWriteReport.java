package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StreamDescriptor;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link CloudConnection#setStreamStateVerified} wrote and what it read back right after.
 *
 * <pre>{@code
 * StreamStateWriteReport report = connection.setStreamStateVerified("users", "public", blob);
 * if (!report.isConsistent()) {
 *   log.warn("state changed concurrently for {}", report.getChangedStreams());
 * }
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class StreamStateWriteReport {
  StreamStateWriteReport() {}

  static Builder builder() {
    return ImmutableStreamStateWriteReport.builder();
  }

  /**
   * The state as stored by the write (Airbyte's response).
   *
   * @return the state as stored by the write (Airbyte's response)
   */
  public abstract ConnectionState getWritten();

  /**
   * The state read back after the write.
   *
   * @return the state read back after the write
   */
  public abstract ConnectionState getReread();

  /**
   * Streams whose blob differs between {@link #getWritten()} and {@link #getReread()}, or that exist in only
   * one of them: another writer (or a sync) changed them around this write.
   *
   * @return the changed streams, empty when consistent
   */
  public abstract List<StreamDescriptor> getChangedStreams();

  /**
   * Whether the shared state of a global state differs between write and re-read.
   *
   * @return whether the shared state of a global state differs between write and re-read
   */
  public abstract boolean isSharedStateChanged();

  /**
   * True when the re-read state equals what was written.
   *
   * @return whether the re-read state equals what was written
   */
  public boolean isConsistent() {
    return getChangedStreams().isEmpty() && !isSharedStateChanged()
        && getWritten().getStateType().equals(getReread().getStateType());
  }

  interface Builder {
    Builder written(ConnectionState written);

    Builder reread(ConnectionState reread);

    Builder addAllChangedStreams(Iterable<? extends StreamDescriptor> changedStreams);

    Builder sharedStateChanged(boolean sharedStateChanged);

    StreamStateWriteReport build();
  }
}
