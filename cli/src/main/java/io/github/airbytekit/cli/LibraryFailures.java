package io.github.airbytekit.cli;

import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.AirbyteNotFoundException;
import io.github.airbytekit.connections.AirbyteSyncException;
import io.github.airbytekit.connections.AirbyteTransportException;
import io.github.airbytekit.connections.ConnectionSyncActiveException;
import io.github.airbytekit.connections.SyncAlreadyRunningException;
import io.github.airbytekit.connections.SyncFailedException;
import io.github.airbytekit.connections.SyncTimeoutException;
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
    String message = Failures.message(e);
    if (e instanceof SyncFailedException) {
      return new Failures.Failure(ExitCodes.SYNC_FAILED, message);
    }
    if (e instanceof SyncTimeoutException) {
      return new Failures.Failure(ExitCodes.TIMEOUT, message);
    }
    if (e instanceof AirbyteSyncException) {
      return new Failures.Failure(ExitCodes.SYNC_FAILED, message);
    }
    if (e instanceof SyncAlreadyRunningException || e instanceof ConnectionSyncActiveException) {
      return new Failures.Failure(ExitCodes.CONFLICT, message);
    }
    if (e instanceof AirbyteApiException && ((AirbyteApiException) e).statusCode() == 409) {
      return new Failures.Failure(ExitCodes.CONFLICT, message);
    }
    if (e instanceof AirbyteApiException && ((AirbyteApiException) e).statusCode() == 423) {
      return new Failures.Failure(ExitCodes.CONFLICT, message);
    }
    if (e instanceof AirbyteNotFoundException) {
      return new Failures.Failure(ExitCodes.NOT_FOUND, message);
    }
    if (e instanceof WorkspaceMismatchException) {
      return new Failures.Failure(ExitCodes.OTHER_WORKSPACE, message);
    }
    if (e instanceof AirbyteInputException || e instanceof AirbyteDataException) {
      return new Failures.Failure(ExitCodes.USAGE, message);
    }
    if (e instanceof AirbyteApiException || e instanceof AirbyteTransportException) {
      return new Failures.Failure(ExitCodes.API, message);
    }
    return new Failures.Failure(ExitCodes.API, message);
  }
}
