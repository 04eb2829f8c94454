package io.github.airbytekit.connections;

/**
 * The Airbyte version the workspace is configured for ({@link CloudWorkspace.Builder#airbyteVersion(String)})
 * does not have the endpoint an operation needs; nothing was sent. The CLI exits with code 2.
 *
 * <pre>{@code
 * try {
 *   connection.dumpRawState();
 * } catch (AirbyteVersionGapException e) {
 *   // e.version() has no e.endpoint(): upgrade Airbyte, or do without this operation
 * }
 * }</pre>
 */
public class AirbyteVersionGapException extends AirbyteInputException {
  private static final long serialVersionUID = 1L;

  /** The configured Airbyte version. */
  private final String version;
  /** The operation id the version lacks. */
  private final String operation;
  /** The endpoint the version lacks. */
  private final String endpoint;

  /**
   * Creates the exception.
   *
   * @param version the configured Airbyte version, such as {@code 1.4.0}
   * @param operation the operation id of our OpenAPI document, such as {@code getState}
   * @param endpoint the method and path template, such as {@code POST /v1/state/get}
   */
  public AirbyteVersionGapException(String version, String operation, String endpoint) {
    super("Airbyte " + version + " has no " + endpoint + " (operation " + operation + "), which this needs;"
        + " nothing was sent. Upgrade Airbyte, or set airbyteVersion(…) / AIRBYTE_VERSION to the version the"
        + " server runs.");
    this.version = version;
    this.operation = operation;
    this.endpoint = endpoint;
  }

  /** {@return the configured Airbyte version, such as {@code 1.4.0}} */
  public String version() {
    return version;
  }

  /** {@return the operation id the version lacks, such as {@code getState}} */
  public String operation() {
    return operation;
  }

  /** {@return the endpoint the version lacks, such as {@code POST /v1/state/get}} */
  public String endpoint() {
    return endpoint;
  }
}
