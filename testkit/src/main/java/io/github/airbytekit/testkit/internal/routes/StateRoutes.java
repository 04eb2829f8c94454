package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Json;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Records.Job;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The Config API's {@code state/get} and {@code state/create_or_update_safe}. */
final class StateRoutes {
  private final FakeStore store;
  private final ConfigBodies bodies;

  StateRoutes(FakeStore store, ConfigBodies bodies) {
    this.store = store;
    this.bodies = bodies;
  }

  void get(Exchange exchange) {
    ConnectionIdRequestBody request = bodies.read(exchange, Shapes.CONNECTION_ID_REQUEST, ConnectionIdRequestBody.class);
    Connection connection = store.connection(ConfigBodies.required(request.getConnectionId(), "connectionId"));
    ConnectionState state = connection.state;
    if (state == null) {
      state = ConnectionState.builder().stateType(StateType.NOT_SET).connectionId(connection.id).build();
    }
    exchange.json(200, Json.write(ConnectionState.class, state));
  }

  /** Stores exactly what was sent, unless a job is open (423) or the state names another connection (422). */
  void createOrUpdateSafe(Exchange exchange) {
    ConnectionStateCreateOrUpdate request =
        bodies.read(exchange, Shapes.STATE_CREATE_OR_UPDATE, ConnectionStateCreateOrUpdate.class);
    String connectionId = ConfigBodies.required(request.getConnectionId(), "connectionId");
    ConnectionState state = request.getConnectionState();
    if (state == null) {
      throw HttpProblem.unprocessable("connectionState is required");
    }
    Connection connection = store.connection(connectionId);
    if (state.getConnectionId() != null && !connectionId.equalsIgnoreCase(state.getConnectionId())) {
      throw HttpProblem.unprocessable(
          "connectionState.connectionId " + state.getConnectionId() + " does not match connectionId " + connectionId);
    }
    validate(state);
    Job open = store.openJob(connection.id);
    if (open != null) {
      throw HttpProblem.locked(
          "State cannot be updated while a sync is running for connection " + connection.id + " (job " + open.id + ")");
    }
    refuseTypeMigration(connection.state, state.getStateType());
    connection.state = StateType.NOT_SET.equals(state.getStateType()) ? null : state;
    exchange.json(200, Json.write(ConnectionState.class, state));
  }

  /**
   * Like Airbyte's {@code StatePersistence.updateOrCreateState}: a stored state changes its type only from legacy;
   * any other change needs a reset, and Airbyte answers its {@code IllegalStateException} with 500.
   */
  private static void refuseTypeMigration(@Nullable ConnectionState stored, StateType type) {
    if (stored == null || StateType.NOT_SET.equals(type) || StateType.LEGACY.equals(stored.getStateType())
        || stored.getStateType().equals(type)) {
      return;
    }
    throw new HttpProblem(500, "internal-server-error", "Unexpected type migration from '"
        + stored.getStateType().wireValue().toUpperCase(Locale.ROOT) + "' to '"
        + type.wireValue().toUpperCase(Locale.ROOT) + "'. Migration of StateType need to go through an explicit"
        + " reset.");
  }

  private static void validate(ConnectionState state) {
    StateType type = state.getStateType();
    if (type == null || !type.isKnown()) {
      // Airbyte reads stateType as its ConnectionStateType enum and refuses any other value.
      throw HttpProblem.unprocessable("connectionState.stateType must be one of "
          + String.join(", ", StateType.knownValues().stream().map(StateType::wireValue).toList()) + ": "
          + (type == null ? "absent" : type.wireValue()));
    }
    if (StateType.STREAM.equals(type) && state.getStreamState() == null) {
      throw HttpProblem.unprocessable("connectionState.streamState is required for stateType stream");
    }
    if (StateType.GLOBAL.equals(type) && state.getGlobalState() == null) {
      throw HttpProblem.unprocessable("connectionState.globalState is required for stateType global");
    }
    if (StateType.LEGACY.equals(type) && state.getState() == null) {
      throw HttpProblem.unprocessable("connectionState.state is required for stateType legacy");
    }
  }
}
