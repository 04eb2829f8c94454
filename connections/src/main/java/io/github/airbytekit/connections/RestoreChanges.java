package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * What restoring one connection changes (or, in a dry run, would change) on its target: the catalog's streams
 * compared with the target's current catalog, and the streams whose state changes. Streams are named
 * {@code namespace.name}, or {@code name} without a namespace.
 *
 * <pre>{@code
 * RestoreChanges changes = entry.getChanges();
 * if (changes != null) System.out.println("catalog: +" + changes.getCatalogStreamsAdded());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class RestoreChanges {
  RestoreChanges() {}

  /** {@return a new builder (for tests of code that reads reports)} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the streams of the snapshot's catalog the target's catalog does not have} */
  public abstract List<String> getCatalogStreamsAdded();

  /** {@return the streams of the target's catalog the snapshot's catalog does not have} */
  public abstract List<String> getCatalogStreamsRemoved();

  /** {@return the streams in both catalogs whose entries (configuration or schema) differ} */
  public abstract List<String> getCatalogStreamsChanged();

  /** {@return whether the catalog is written (it differs from the target's, and the snapshot has one)} */
  @Value.Default
  public boolean isCatalogWritten() {
    return false;
  }

  /** {@return the streams whose state differs between the target's current state and the state written} */
  public abstract List<String> getStateStreamsChanged();

  /** {@return whether the state is written (it differs from the target's, and the snapshot has one)} */
  @Value.Default
  public boolean isStateWritten() {
    return false;
  }

  /** {@return the snapshot's state type wire value: stream, global, legacy or not_set} */
  public abstract String getSnapshotStateType();

  /** {@return the target's current state type wire value} */
  public abstract String getTargetStateType();

  /** {@return remarks on what is not a per-stream change: a legacy state, a shared state, a state left alone} */
  public abstract List<String> getNotes();

  /** Builds {@link RestoreChanges}; each attribute may be set once. */
  public static final class Builder extends ImmutableRestoreChanges.Builder {
    Builder() {}
  }
}
