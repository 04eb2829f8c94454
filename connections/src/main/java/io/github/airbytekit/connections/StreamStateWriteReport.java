package io.github.airbytekit.connections;

import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.internal.AirbyteStyle;
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

  /** {@return a new builder (for tests of code that reads reports)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the state as stored by the write (Airbyte's answer)} */
  public abstract ConnectionState getWritten();

  /** {@return the state read back after the write} */
  public abstract ConnectionState getReread();

  /**
   * Streams whose blob differs between {@link #getWritten()} and {@link #getReread()}, or that exist in only one
   * of them: another writer (or a sync) changed them around this write.
   *
   * @return the changed streams, empty when consistent
   */
  public abstract List<StreamDescriptor> getChangedStreams();

  /** {@return whether the shared state of a global state differs between write and re-read} */
  public abstract boolean isSharedStateChanged();

  /** {@return whether the re-read state equals what was written} */
  public boolean isConsistent() {
    return getChangedStreams().isEmpty() && !isSharedStateChanged()
        && getWritten().getStateType().equals(getReread().getStateType());
  }

  /** Builds a {@link StreamStateWriteReport}; each attribute may be set once. */
  public static final class Builder extends ImmutableStreamStateWriteReport.Builder {
    Builder() {}
  }
}
