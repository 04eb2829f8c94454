package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.testkit.internal.BodyShape;
import io.github.airbytekit.testkit.internal.Json;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reads Config API request bodies: malformed or mistyped ones are 422, unknown properties in strict mode 400. */
final class ConfigBodies {
  private final boolean strict;

  ConfigBodies(boolean strict) {
    this.strict = strict;
  }

  <T> T read(Exchange exchange, BodyShape shape, Class<T> type) {
    return Json.read(shape.filter(exchange.body(), strict, 422), type, 422);
  }

  /** @throws HttpProblem 422 when the id is absent */
  static String required(@Nullable UUID id, String property) {
    if (id == null) {
      throw HttpProblem.unprocessable(property + " is required");
    }
    return id.toString();
  }
}
