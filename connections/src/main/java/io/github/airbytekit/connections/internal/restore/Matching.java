package io.github.airbytekit.connections.internal.restore;

import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.RestorePlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pairs the snapshot's connections with the target workspace's: by id, by name, or by an explicit mapping. What
 * cannot be paired gets a reason; a plan that names something the snapshot does not have is bad input.
 */
final class Matching {
  /** A connection of the target workspace, as listed. */
  record Listed(String id, String name) {}

  /**
   * A snapshot connection and its target.
   *
   * @param source the snapshot connection
   * @param targetId the target connection's id, or null
   * @param skip why it has no target, or null
   */
  record Pair(SnapshotSource.Connection source, @Nullable String targetId, @Nullable String skip) {}

  private final String workspaceId;
  private final Map<String, Listed> targetsById = new LinkedHashMap<>();
  private final Map<String, List<Listed>> targetsByName = new LinkedHashMap<>();

  Matching(String workspaceId, List<Listed> targets) {
    this.workspaceId = workspaceId;
    for (Listed target : targets) {
      targetsById.put(key(target.id()), target);
      targetsByName.computeIfAbsent(target.name(), name -> new ArrayList<>()).add(target);
    }
  }

  /**
   * Pairs the chosen connections of {@code snapshot}, in its order.
   *
   * @throws AirbyteInputException if the plan's connections or mapping name a connection the snapshot lacks, a
   *     mapping key names two snapshot connections, or two snapshot connections are mapped to one target
   */
  List<Pair> pair(List<SnapshotSource.Connection> snapshot, RestorePlan plan) {
    List<SnapshotSource.Connection> chosen = chosen(snapshot, plan.getConnections());
    Map<String, String> mapped = plan.getMapping().isEmpty() ? Map.of() : mapped(snapshot, plan.getMapping());
    Map<String, List<SnapshotSource.Connection>> snapshotNames = new LinkedHashMap<>();
    snapshot.forEach(c -> snapshotNames.computeIfAbsent(c.name(), n -> new ArrayList<>()).add(c));
    List<Pair> pairs = new ArrayList<>();
    for (SnapshotSource.Connection connection : chosen) {
      if (!plan.getMapping().isEmpty()) {
        pairs.add(byMapping(connection, mapped.get(key(connection.id()))));
      } else if (plan.getMatchBy() == RestorePlan.MatchBy.NAME) {
        pairs.add(byName(connection, snapshotNames.get(connection.name()).size()));
      } else {
        Listed target = targetsById.get(key(connection.id()));
        pairs.add(target != null ? new Pair(connection, target.id(), null) : new Pair(connection, null,
            "no connection with id " + connection.id() + " in workspace " + workspaceId));
      }
    }
    return pairs;
  }

  private Pair byMapping(SnapshotSource.Connection connection, @Nullable String targetId) {
    if (targetId == null) {
      return new Pair(connection, null, "not in the mapping");
    }
    Listed target = targetsById.get(key(targetId));
    return target != null ? new Pair(connection, target.id(), null) : new Pair(connection, null,
        "mapped to " + targetId + ", which is not a connection of workspace " + workspaceId);
  }

  private Pair byName(SnapshotSource.Connection connection, int namesakesInSnapshot) {
    String name = connection.name();
    if (name.isEmpty()) {
      return new Pair(connection, null, "it has no name in the snapshot, so it cannot be matched by name");
    }
    if (namesakesInSnapshot > 1) {
      return new Pair(connection, null, "the name '" + name + "' is ambiguous: " + namesakesInSnapshot
          + " connections of the snapshot have it");
    }
    List<Listed> targets = targetsByName.getOrDefault(name, List.of());
    if (targets.isEmpty()) {
      return new Pair(connection, null, "no connection named '" + name + "' in workspace " + workspaceId);
    }
    if (targets.size() > 1) {
      return new Pair(connection, null, "the name '" + name + "' is ambiguous: " + targets.size()
          + " connections of workspace " + workspaceId + " have it ("
          + String.join(", ", targets.stream().map(Listed::id).toList()) + ")");
    }
    return new Pair(connection, targets.get(0).id(), null);
  }

  private static List<SnapshotSource.Connection> chosen(List<SnapshotSource.Connection> snapshot,
      List<String> wanted) {
    if (wanted.isEmpty()) {
      return snapshot;
    }
    List<SnapshotSource.Connection> chosen = new ArrayList<>();
    for (String idOrName : wanted) {
      SnapshotSource.Connection connection = find(snapshot, idOrName, "connections");
      if (!chosen.contains(connection)) {
        chosen.add(connection);
      }
    }
    return chosen;
  }

  /** Snapshot id (lower case) to target id. */
  private static Map<String, String> mapped(List<SnapshotSource.Connection> snapshot, Map<String, String> mapping) {
    Map<String, String> byId = new LinkedHashMap<>();
    Map<String, String> sourceOfTarget = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      SnapshotSource.Connection connection = find(snapshot, entry.getKey(), "mapping");
      if (byId.put(key(connection.id()), entry.getValue()) != null) {
        throw new AirbyteInputException("Invalid restore mapping: snapshot connection " + connection.id()
            + " is mapped twice (by id and by name). Nothing was restored.");
      }
      String previous = sourceOfTarget.put(key(entry.getValue()), connection.id());
      if (previous != null) {
        throw new AirbyteInputException("Invalid restore mapping: snapshot connections " + previous + " and "
            + connection.id() + " are both mapped to " + entry.getValue() + ". Nothing was restored.");
      }
    }
    return byId;
  }

  /** The snapshot connection with id {@code idOrName}, else the only one named so. */
  private static SnapshotSource.Connection find(List<SnapshotSource.Connection> snapshot, String idOrName,
      String field) {
    String wanted = idOrName.trim();
    for (SnapshotSource.Connection connection : snapshot) {
      if (connection.id().equalsIgnoreCase(wanted)) {
        return connection;
      }
    }
    List<SnapshotSource.Connection> named = snapshot.stream().filter(c -> c.name().equals(wanted)).toList();
    if (named.size() == 1) {
      return named.get(0);
    }
    throw new AirbyteInputException("Invalid restore plan: " + field + " names '" + wanted + "', "
        + (named.isEmpty() ? "which is neither the id nor the name of a connection of the snapshot"
            : "the name of " + named.size() + " connections of the snapshot; use an id")
        + ". Nothing was restored.");
  }

  private static String key(String id) {
    return id.trim().toLowerCase(Locale.ROOT);
  }
}
