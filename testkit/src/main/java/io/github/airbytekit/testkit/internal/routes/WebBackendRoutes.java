package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Records.Connection;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.http.Exchange;

/** The Config API's {@code web_backend/connections/get} and {@code /update}. */
final class WebBackendRoutes {
  private final FakeStore store;
  private final ConfigBodies bodies;

  WebBackendRoutes(FakeStore store, ConfigBodies bodies) {
    this.store = store;
    this.bodies = bodies;
  }

  void get(Exchange exchange) {
    WebBackendConnectionRequestBody request =
        bodies.read(exchange, Shapes.WEB_BACKEND_CONNECTION_REQUEST, WebBackendConnectionRequestBody.class);
    Connection connection = store.connection(ConfigBodies.required(request.getConnectionId(), "connectionId"));
    exchange.ok(WebBackendResponses.render(connection, store));
  }

  /** A {@code syncCatalog} replaces the whole catalog; unless {@code skipReset}, changed streams are reset. */
  void update(Exchange exchange) {
    WebBackendConnectionUpdate update =
        bodies.read(exchange, Shapes.WEB_BACKEND_CONNECTION_UPDATE, WebBackendConnectionUpdate.class);
    Connection connection = store.connection(ConfigBodies.required(update.getConnectionId(), "connectionId"));
    WebBackendChange.validate(update, connection, store).applyTo(connection, store);
    exchange.ok(WebBackendResponses.render(connection, store));
  }
}
