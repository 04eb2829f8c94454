package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.AirbyteApiException;

/**
 * Airbyte accepted a request that starts a job (HTTP 2xx) but started none: its answer has no job. The Config API's
 * {@code connections/refresh} answers so when the destination does not support refreshes, and when a job is
 * running (Airbyte then keeps the refresh and runs it as the connection's next job).
 */
public final class JobNotStartedException extends AirbyteApiException {
  private static final long serialVersionUID = 1L;

  /**
   * The answer to {@code call} (status {@code status}) had no job.
   *
   * @param call the request
   * @param status the answer's status
   * @param why what Airbyte does when it starts no job, for the message
   */
  JobNotStartedException(CallInfo call, int status, String why) {
    super(call.method() + " " + call.url() + " (" + call.describe() + ") answered HTTP " + status
        + " without a job: Airbyte started no job for connection " + call.connectionId() + ". " + why,
        status, call.method(), call.url(), null, null);
  }
}
