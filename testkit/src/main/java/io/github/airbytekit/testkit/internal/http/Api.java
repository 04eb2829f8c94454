package io.github.airbytekit.testkit.internal.http;

/** The two APIs the fake serves; they differ in where they live and in how they report errors. */
public enum Api {
  /** Airbyte's public API ({@code /api/public/v1} on a self-managed server); errors are problem JSON. */
  PUBLIC,
  /** Airbyte's Config API ({@code /api/v1}); errors use its own exception shapes. */
  CONFIG
}
