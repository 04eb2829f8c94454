package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.AirbyteStateMessage;
import java.util.List;

final class StateAndCatalogTestSupport {
  private StateAndCatalogTestSupport() {}

  static List<AirbyteStateMessage> protocolUsers() {
    return AirbyteJson.stateMessages().read("[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":"
        + "{\"name\":\"users\",\"namespace\":\"public\"},\"stream_state\":{\"cursor\":\"2024-01-01\"}}}]");
  }
}
