package io.github.airbytekit.connections;

/**
 * Airbyte refused to change a connection's state or catalog because a sync is running (HTTP 423 Locked).
 * Nothing was written; wait for the sync to finish, then retry.
 *
 * <pre>{@code
 * try {
 *   connection.importRawState(state);
 * } catch (ConnectionSyncActiveException e) {
 *   connection.getSyncResult().ifPresent(r -> r.waitForCompletion());
 *   connection.importRawState(state);
 * }
 * }</pre>
 */
public class ConnectionSyncActiveException extends AirbyteApiException {
  private static final long serialVersionUID = 1L;

  /** The connection id. */
  private final String connectionId;

  /**
   * Wraps the HTTP 423 response {@code cause} for {@code connectionId}.
   *
   * @param connectionId the connection id
   * @param cause the underlying failure
   */
  public ConnectionSyncActiveException(String connectionId, AirbyteApiException cause) {
    super(
        "Cannot update connection " + connectionId
            + " while a sync is running (HTTP 423); wait for the sync to complete, then retry.",
        cause);
    this.connectionId = connectionId;
  }

  /** {@return the connection whose sync is running} */
  public String connectionId() {
    return connectionId;
  }
}
