package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.ByName;
import io.github.airbytekit.connections.internal.ConnectionPatch;
import io.github.airbytekit.connections.internal.VersionProfile;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.StreamId;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the selected streams, after checking every requested stream against the connection's catalog. Streams
 * that stay selected are sent back exactly as Airbyte reported them (their lossless configuration, unknown
 * properties included); new ones name only the stream, so Airbyte applies its defaults. An Airbyte whose stream
 * configurations have no {@code namespace} (before 1.8.0) is sent names only, so two selected streams of one name
 * are refused: that version could not tell them apart.
 */
final class StreamSelector {
  private static final int MAX_LISTED = 50;

  private final CatalogStore catalogs;
  private final String version;
  /** Whether the version's {@code PATCH /connections} stream configurations have a {@code namespace}. */
  private final boolean namespaced;

  StreamSelector(CatalogStore catalogs, VersionProfile version) {
    this.catalogs = catalogs;
    this.version = version.version();
    this.namespaced = version.hasProperty("public", "StreamConfiguration", "namespace");
  }

  /**
   * One requested stream.
   *
   * @param anyNamespace true for a request by name only
   */
  record Request(String name, @Nullable String namespace, boolean anyNamespace) {
    static Request byName(String name) {
      return new Request(Objects.requireNonNull(name, "stream name == null"), null, true);
    }

    static Request of(StreamId stream) {
      return new Request(stream.getName(), stream.getNamespace(), false);
    }

    boolean matches(StreamId stream) {
      return stream.getName().equals(name) && (anyNamespace || stream.equals(StreamId.of(name, namespace)));
    }

    String displayName() {
      return anyNamespace ? name : StreamId.of(name, namespace).displayName();
    }
  }

  /** Requests: GET connection, Config API {@code web_backend/connections/get}, PATCH. */
  void select(ConnectionDetails details, List<Request> requests) {
    if (requests.isEmpty()) {
      throw new AirbyteInputException("Select at least one stream for connection " + details.connectionId()
          + "; to stop syncing, disable the connection with setEnabled(false).");
    }
    List<StreamConfiguration> existing = details.refresh().streams().get();
    List<StreamId> resolved = resolve(details.connectionId(), requests, catalogs.dump(details.connectionId())
        .orElse(null));
    if (!namespaced) {
      refuseSameNames(details.connectionId(), resolved);
    }
    List<StreamConfiguration> selected = new ArrayList<>();
    for (StreamId stream : resolved) {
      StreamConfiguration kept = findExisting(existing, stream);
      StreamConfiguration configuration = kept != null ? kept : StreamConfiguration.of(stream.getName(),
          stream.getNamespace() == null || stream.getNamespace().isEmpty() ? null : stream.getNamespace());
      selected.add(namespaced ? configuration : ByName.only(configuration));
    }
    details.patch(ConnectionPatch.streams(selected));
  }

  private static List<StreamId> resolve(String connectionId, List<Request> requests, @Nullable SyncCatalog catalog) {
    Set<StreamId> resolved = new LinkedHashSet<>();
    if (catalog == null) {
      // Nothing to check against (Airbyte returned no catalog): send what was asked for.
      for (Request request : requests) {
        resolved.add(StreamId.of(request.name(), request.namespace()));
      }
      return new ArrayList<>(resolved);
    }
    List<String> problems = new ArrayList<>();
    for (Request request : requests) {
      List<StreamId> candidates = new ArrayList<>();
      for (SyncCatalogEntry entry : catalog.getStreams()) {
        if (request.matches(entry.id())) {
          candidates.add(entry.id());
        }
      }
      if (candidates.isEmpty()) {
        problems.add("unknown stream " + request.displayName());
      } else if (candidates.size() > 1) {
        problems.add("stream name " + request.name() + " is ambiguous (namespaces "
            + candidates.stream().map(id -> String.valueOf(id.getNamespace())).collect(Collectors.joining(", "))
            + "); select it with setSelectedStreamDescriptors");
      } else {
        resolved.add(candidates.get(0));
      }
    }
    if (!problems.isEmpty()) {
      List<String> available = catalog.getStreams().stream().map(e -> e.id().displayName())
          .collect(Collectors.toList());
      String listed = available.size() > MAX_LISTED
          ? String.join(", ", available.subList(0, MAX_LISTED)) + ", … (" + available.size() + " in all)"
          : String.join(", ", available);
      throw new AirbyteInputException("Cannot select streams on connection " + connectionId + ": "
          + String.join("; ", problems) + ". Streams in its catalog: " + listed + ". Nothing was changed.");
    }
    return new ArrayList<>(resolved);
  }

  private void refuseSameNames(String connectionId, List<StreamId> resolved) {
    Map<String, List<String>> namespaces = new LinkedHashMap<>();
    for (StreamId stream : resolved) {
      namespaces.computeIfAbsent(stream.getName(), name -> new ArrayList<>()).add(String.valueOf(stream.getNamespace()));
    }
    List<String> problems = new ArrayList<>();
    namespaces.forEach((name, in) -> {
      if (in.size() > 1) {
        problems.add("stream name " + name + " is selected in namespaces " + String.join(", ", in));
      }
    });
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Cannot select streams on connection " + connectionId + ": Airbyte " + version
          + " selects streams by name only (its stream configurations have no namespace), and "
          + String.join("; ", problems) + ". Select one stream of each name, or upgrade Airbyte to 1.8.0 or later."
          + " Nothing was changed.");
    }
  }

  /** The configuration Airbyte reported for {@code stream}; one without namespace names its source namespace. */
  private static @Nullable StreamConfiguration findExisting(List<StreamConfiguration> existing, StreamId stream) {
    StreamConfiguration loose = null;
    for (StreamConfiguration configuration : existing) {
      if (!stream.getName().equals(configuration.getName())) {
        continue;
      }
      if (configuration.id().equals(stream)) {
        return configuration;
      }
      if (configuration.getNamespace() == null && loose == null) {
        loose = configuration;
      }
    }
    return loose;
  }
}
