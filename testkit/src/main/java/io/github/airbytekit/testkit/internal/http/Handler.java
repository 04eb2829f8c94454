package io.github.airbytekit.testkit.internal.http;

/** Answers one route: reads the exchange's request, fills in its answer or throws {@link HttpProblem}. */
@FunctionalInterface
public interface Handler {
  void handle(Exchange exchange);
}
