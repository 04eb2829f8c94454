package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.Dto;
import io.github.airbytekit.connections.internal.PublicApi;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the selected streams while keeping the settings of streams that stay selected, after checking
 * every requested stream against the connection's catalog.
 */
final class StreamSelection {
  private static final int MAX_LISTED = 50;

  private StreamSelection() {}

  /** One requested stream; {@code anyNamespace} for a request by name only. */
  static final class Request {
    final String name;
    final @Nullable String namespace;
    final boolean anyNamespace;

    Request(String name, @Nullable String namespace, boolean anyNamespace) {
      this.name = name;
      this.namespace = namespace;
      this.anyNamespace = anyNamespace;
    }

    String displayName() {
      return anyNamespace ? name : StreamDescriptor.of(name, namespace).displayName();
    }
  }

  static void applyNames(CloudConnection connection, List<String> names) {
    List<Request> requests = new ArrayList<>();
    for (String name : names) {
      requests.add(new Request(Objects.requireNonNull(name, "stream name == null"), null, true));
    }
    apply(connection, requests);
  }

  static void applyDescriptors(CloudConnection connection, List<StreamDescriptor> descriptors) {
    List<Request> requests = new ArrayList<>();
    for (StreamDescriptor d : descriptors) {
      Objects.requireNonNull(d, "stream descriptor == null");
      requests.add(new Request(d.getName(), d.getNamespace(), false));
    }
    apply(connection, requests);
  }

  private static void apply(CloudConnection connection, List<Request> requests) {
    if (requests.isEmpty()) {
      throw new AirbyteInputException("Select at least one stream for connection " + connection.connectionId()
          + "; to stop syncing, disable the connection with setEnabled(false).");
    }
    Dto.Connection current = connection.refreshDetails();
    SyncCatalog catalog = connection.workspace().configApi().getSyncCatalog(connection.connectionId());
    List<StreamDescriptor> resolved = resolve(connection, requests, catalog);
    PublicApi api = connection.workspace().publicApi();
    List<RawJson> existing = current.configurations == null || current.configurations.streams == null
        ? List.of() : current.configurations.streams;
    List<RawJson> selected = new ArrayList<>();
    for (StreamDescriptor stream : resolved) {
      RawJson kept = findExisting(api, existing, stream);
      selected.add(kept != null ? kept : PublicApi.newStreamConfiguration(stream.getName(), stream.getNamespace()));
    }
    connection.patch(new PublicApi.ConnectionPatch().streams(selected));
  }

  private static List<StreamDescriptor> resolve(
      CloudConnection connection, List<Request> requests, @Nullable SyncCatalog catalog) {
    Set<StreamDescriptor> resolved = new LinkedHashSet<>();
    if (catalog == null) {
      // Nothing to check against (Airbyte returned no catalog): send what was asked for.
      for (Request request : requests) {
        resolved.add(StreamDescriptor.of(request.name, request.namespace));
      }
      return new ArrayList<>(resolved);
    }
    List<String> problems = new ArrayList<>();
    for (Request request : requests) {
      List<StreamDescriptor> candidates = new ArrayList<>();
      for (SyncCatalogEntry entry : catalog.getStreams()) {
        String name = entry.getStream().getName();
        String namespace = entry.getStream().getNamespace();
        if (name.equals(request.name) && (request.anyNamespace || sameNamespace(namespace, request.namespace))) {
          candidates.add(StreamDescriptor.of(name, namespace));
        }
      }
      if (candidates.isEmpty()) {
        problems.add("unknown stream " + request.displayName());
      } else if (candidates.size() > 1) {
        problems.add("stream name " + request.name + " is ambiguous (namespaces "
            + candidates.stream().map(d -> String.valueOf(d.getNamespace())).collect(Collectors.joining(", "))
            + "); select it with setSelectedStreamDescriptors");
      } else {
        resolved.add(candidates.get(0));
      }
    }
    if (!problems.isEmpty()) {
      List<String> available = catalog.getStreams().stream()
          .map(e -> StreamDescriptor.of(e.getStream().getName(), e.getStream().getNamespace()).displayName())
          .collect(Collectors.toList());
      String listed = available.size() > MAX_LISTED
          ? String.join(", ", available.subList(0, MAX_LISTED)) + ", … (" + available.size() + " in all)"
          : String.join(", ", available);
      throw new AirbyteInputException("Cannot select streams on connection " + connection.connectionId() + ": "
          + String.join("; ", problems) + ". Streams in its catalog: " + listed + ". Nothing was changed.");
    }
    return new ArrayList<>(resolved);
  }

  private static @Nullable RawJson findExisting(PublicApi api, List<RawJson> existing, StreamDescriptor stream) {
    RawJson loose = null;
    for (RawJson configuration : existing) {
      Dto.StreamName id = api.streamName(configuration);
      if (!stream.getName().equals(id.name)) {
        continue;
      }
      if (sameNamespace(id.namespace, stream.getNamespace())) {
        return configuration;
      }
      if (id.namespace == null && loose == null) {
        loose = configuration; // A configuration without namespace names the stream in its source namespace.
      }
    }
    return loose;
  }

  private static boolean sameNamespace(@Nullable String a, @Nullable String b) {
    return (a == null ? "" : a).equals(b == null ? "" : b);
  }
}
