package io.github.airbytekit.cli;

import io.github.airbytekit.connections.CloudConnection;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns {@code --stream} values into streams of the connection's catalog: a value is a stream name, or
 * {@code NAMESPACE.NAME} when the name alone is not enough (it is in several namespaces, or not a name at all).
 */
final class StreamArgs {
  private StreamArgs() {}

  /** The streams {@code values} name; no values, no request. Exit 4 for a stream the catalog lacks, 2 if ambiguous. */
  static List<StreamId> resolve(CloudConnection connection, List<String> values) {
    if (values.isEmpty()) {
      return List.of();
    }
    SyncCatalog catalog = connection.dumpRawSyncCatalog().orElse(SyncCatalog.builder().build());
    List<StreamId> streams = new ArrayList<>();
    for (String value : values) {
      StreamId stream = resolve(connection.connectionId(), catalog, value);
      if (!streams.contains(stream)) {
        streams.add(stream);
      }
    }
    return List.copyOf(streams);
  }

  private static StreamId resolve(String connectionId, SyncCatalog catalog, String value) {
    List<StreamId> byName = new ArrayList<>();
    List<StreamId> byQualifiedName = new ArrayList<>();
    for (SyncCatalogEntry entry : catalog.getStreams()) {
      StreamId id = entry.id();
      if (id.getName().equals(value)) {
        byName.add(id);
      }
      if (id.getNamespace() != null && value.equals(id.getNamespace() + "." + id.getName())) {
        byQualifiedName.add(id);
      }
    }
    if (byName.size() == 1) {
      return byName.get(0);
    }
    if (byName.size() > 1) {
      throw CliException.usage("stream '" + value + "' is in several namespaces of connection " + connectionId
          + " (" + byName.stream().map(StreamId::displayName).collect(Collectors.joining(", "))
          + "); name it as NAMESPACE.NAME");
    }
    if (!byQualifiedName.isEmpty()) {
      return byQualifiedName.get(0);
    }
    throw CliException.notFound("connection " + connectionId + " has no stream '" + value + "' in its catalog");
  }
}
