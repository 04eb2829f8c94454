package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.connections.SnapshotConnectionDiff;
import io.github.airbytekit.connections.SnapshotDiff;
import io.github.airbytekit.connections.SnapshotDiff.Change;
import io.github.airbytekit.connections.SnapshotStreamDiff;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Compares two sides connection by connection and stream by stream: two snapshot directories, or a snapshot
 * directory and the live workspace (see {@link LiveDiff}).
 */
public final class SnapshotComparison {
  private SnapshotComparison() {}

  /**
   * A connection of the newer side that could not be read.
   *
   * @param name its name as listed, or {@code ""}
   * @param error why
   */
  record Unread(String name, String error) {}

  /** Compares the snapshot directories {@code before} and {@code after}. */
  public static SnapshotDiff compare(Path before, Path after) {
    Map<String, SnapshotSide> older = SnapshotDirectory.read(before).sides();
    return compare(older, SnapshotDirectory.read(after).sides(), Map.of());
  }

  /**
   * Compares two sides by connection id; a connection in {@code unread} is reported as unreadable, whatever the
   * sides hold of it.
   */
  static SnapshotDiff compare(Map<String, SnapshotSide> older, Map<String, SnapshotSide> newer,
      Map<String, Unread> unread) {
    Set<String> ids = new TreeSet<>(newer.keySet());
    ids.addAll(older.keySet());
    ids.addAll(unread.keySet());
    SnapshotDiff.Builder diff = SnapshotDiff.builder();
    for (String id : ids) {
      Unread failed = unread.get(id);
      diff.addConnections(failed != null ? unreadable(id, older.get(id), failed)
          : connection(id, older.get(id), newer.get(id)));
    }
    return diff.build();
  }

  private static SnapshotConnectionDiff unreadable(String id, @Nullable SnapshotSide before, Unread failed) {
    return SnapshotConnectionDiff.builder().connectionId(id)
        .name(failed.name().isEmpty() && before != null ? before.name() : failed.name())
        .change(Change.UNREADABLE).stateTypeChanged(false).sharedStateChanged(false)
        .error(failed.error()).build();
  }

  private static SnapshotConnectionDiff connection(String id, @Nullable SnapshotSide before,
      @Nullable SnapshotSide after) {
    SnapshotConnectionDiff.Builder diff = SnapshotConnectionDiff.builder().connectionId(id);
    if (before == null || after == null) {
      return diff.name(after != null ? after.name() : Objects.requireNonNull(before).name())
          .change(after != null ? Change.ADDED : Change.REMOVED)
          .stateTypeChanged(false).sharedStateChanged(false).build();
    }
    boolean typeChanged = !before.state().getStateType().equals(after.state().getStateType());
    boolean sharedChanged = !Objects.equals(shared(before.state()), shared(after.state()));
    List<String> settings = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>(after.settings().keySet());
    keys.addAll(before.settings().keySet());
    for (String key : keys) {
      if (!Objects.equals(before.settings().get(key), after.settings().get(key))) {
        settings.add(key);
      }
    }
    List<SnapshotStreamDiff> streams = streams(before, after);
    boolean changed = typeChanged || sharedChanged || !settings.isEmpty() || !streams.isEmpty();
    return diff.name(after.name()).change(changed ? Change.CHANGED : Change.UNCHANGED)
        .stateTypeChanged(typeChanged).sharedStateChanged(sharedChanged)
        .addAllSettings(settings).addAllStreams(streams).build();
  }

  /** What a state holds besides its stream entries. */
  private static List<Object> shared(ConnectionState state) {
    GlobalState global = state.getGlobalState();
    List<Object> shared = new ArrayList<>();
    shared.add(String.valueOf(state.getState()));
    shared.add(global == null ? "" : String.valueOf(global.getSharedState()));
    shared.add(global == null ? Map.of() : global.getAdditionalProperties());
    shared.add(state.getAdditionalProperties());
    return shared;
  }

  private static List<SnapshotStreamDiff> streams(SnapshotSide before, SnapshotSide after) {
    return streams(before.state(), before.catalog(), after.state(), after.catalog());
  }

  /**
   * The streams whose state or catalog entry differs between a state and catalog before and after, in the order of
   * the newer catalog, then the newer state, then the older catalog and state.
   */
  public static List<SnapshotStreamDiff> streams(ConnectionState beforeState, @Nullable SyncCatalog beforeCatalog,
      ConnectionState afterState, @Nullable SyncCatalog afterCatalog) {
    Map<StreamId, StreamState> oldStates = states(beforeState);
    Map<StreamId, StreamState> newStates = states(afterState);
    Map<StreamId, SyncCatalogEntry> oldEntries = entries(beforeCatalog);
    Map<StreamId, SyncCatalogEntry> newEntries = entries(afterCatalog);
    Set<StreamId> ids = new LinkedHashSet<>(newEntries.keySet());
    ids.addAll(newStates.keySet());
    ids.addAll(oldEntries.keySet());
    ids.addAll(oldStates.keySet());
    List<SnapshotStreamDiff> streams = new ArrayList<>();
    for (StreamId id : ids) {
      Change state = change(oldStates.get(id), newStates.get(id));
      Change catalog = change(oldEntries.get(id), newEntries.get(id));
      if (state != Change.UNCHANGED || catalog != Change.UNCHANGED) {
        streams.add(SnapshotStreamDiff.builder().stream(id.displayName()).state(state).catalog(catalog).build());
      }
    }
    return streams;
  }

  private static Change change(@Nullable Object before, @Nullable Object after) {
    if (before == null) {
      return after == null ? Change.UNCHANGED : Change.ADDED;
    }
    if (after == null) {
      return Change.REMOVED;
    }
    return before.equals(after) ? Change.UNCHANGED : Change.CHANGED;
  }

  private static Map<StreamId, StreamState> states(ConnectionState state) {
    Map<StreamId, StreamState> byId = new LinkedHashMap<>();
    for (StreamState stream : state.streams()) {
      byId.put(stream.id(), stream);
    }
    return byId;
  }

  private static Map<StreamId, SyncCatalogEntry> entries(@Nullable SyncCatalog catalog) {
    Map<StreamId, SyncCatalogEntry> byId = new LinkedHashMap<>();
    if (catalog != null) {
      List<StreamId> ids = catalog.streamIds();
      for (int i = 0; i < ids.size(); i++) {
        byId.put(ids.get(i), catalog.getStreams().get(i));
      }
    }
    return byId;
  }

}
