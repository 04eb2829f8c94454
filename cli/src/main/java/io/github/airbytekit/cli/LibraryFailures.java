package io.github.airbytekit.cli;

import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.AirbyteNotFoundException;
import io.github.airbytekit.connections.AirbyteResponseException;
import io.github.airbytekit.connections.AirbyteSyncException;
import io.github.airbytekit.connections.ConnectionSyncActiveException;
import io.github.airbytekit.connections.SyncAlreadyRunningException;
import io.github.airbytekit.connections.SyncTimeoutException;
import io.github.airbytekit.connections.AirbyteWriteUnconfirmedException;
import io.github.airbytekit.connections.WorkspaceMismatchException;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.AirbyteException;
import org.jspecify.annotations.Nullable;

/** Exit statuses for the library's exception hierarchy. */
final class LibraryFailures {
  private LibraryFailures() {}

  static Failures.@Nullable Failure classify(Throwable e) {
    if (!(e instanceof AirbyteException)) {
      return null;
    }
    String message = CliWording.of(Failures.message(e));
    if (e instanceof SyncAlreadyRunningException running && running.runningJob().isPresent()) {
      message += " To wait for it: airbytekit sync wait " + running.runningJob().get().jobId();
    }
    return new Failures.Failure(exitCode((AirbyteException) e), message);
  }

  /** The first matching rule wins: the timeout before its {@link AirbyteSyncException} root. */
  private static int exitCode(AirbyteException e) {
    if (e instanceof SyncTimeoutException) {
      return ExitCodes.TIMEOUT;
    }
    if (e instanceof AirbyteSyncException) { // SyncFailedException and any other sync outcome
      return ExitCodes.SYNC_FAILED;
    }
    if (e instanceof SyncAlreadyRunningException || e instanceof ConnectionSyncActiveException) {
      return ExitCodes.CONFLICT;
    }
    if (e instanceof AirbyteApiException
        && (((AirbyteApiException) e).statusCode() == 409 || ((AirbyteApiException) e).statusCode() == 423)) {
      return ExitCodes.CONFLICT;
    }
    if (e instanceof AirbyteNotFoundException) {
      return ExitCodes.NOT_FOUND;
    }
    if (e instanceof WorkspaceMismatchException) {
      return ExitCodes.OTHER_WORKSPACE;
    }
    if (e instanceof AirbyteWriteUnconfirmedException) { // before its AirbyteDataException root: not bad input
      return ExitCodes.WRITE_UNCONFIRMED;
    }
    if (e instanceof AirbyteResponseException) { // an answer that cannot be used is no bad input either
      return ExitCodes.API;
    }
    if (e instanceof AirbyteInputException || e instanceof AirbyteDataException) {
      return ExitCodes.USAGE;
    }
    // AirbyteApiException, AirbyteTransportException and anything newer: Airbyte could not be used.
    return ExitCodes.API;
  }
}
