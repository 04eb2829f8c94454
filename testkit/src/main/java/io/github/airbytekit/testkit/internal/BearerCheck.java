package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;

/** Lets a request through only with {@code Authorization: Bearer <token>} of a known, unexpired token. */
public final class BearerCheck {
  private final TokenBook tokens;

  public BearerCheck(TokenBook tokens) {
    this.tokens = tokens;
  }

  /** @throws HttpProblem 401 naming what is wrong with the header or token */
  void check(Exchange exchange) {
    String header = exchange.headers().get("Authorization");
    if (header == null || header.isBlank()) {
      throw HttpProblem.unauthorized("Missing Authorization: Bearer header");
    }
    if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      throw HttpProblem.unauthorized("Authorization must be a Bearer token");
    }
    String problem = tokens.problem(header.substring(7).trim());
    if (problem != null) {
      throw HttpProblem.unauthorized(problem);
    }
  }
}
