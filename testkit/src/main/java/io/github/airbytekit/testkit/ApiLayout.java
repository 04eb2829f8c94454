package io.github.airbytekit.testkit;

/**
 * Where the fake serves Airbyte's two APIs, as one kind of Airbyte deployment lays them out.
 *
 * <pre>{@code
 * FakeAirbyteServer cloud = FakeAirbyteServer.builder().layout(ApiLayout.CLOUD).build();
 * cloud.apiRoot();       // http://127.0.0.1:54321/v1
 * cloud.configApiRoot(); // http://127.0.0.1:54321/api/v1
 * }</pre>
 */
public enum ApiLayout {
  /** A self-managed Airbyte: public API under {@code /api/public/v1}, Config API under {@code /api/v1} (the default). */
  SELF_MANAGED,
  /**
   * Airbyte Cloud: public API under {@code /v1} (as at {@code api.airbyte.com/v1}), Config API under {@code /api/v1}
   * (as at {@code cloud.airbyte.com/api/v1}), both on the fake's one port.
   */
  CLOUD
}
