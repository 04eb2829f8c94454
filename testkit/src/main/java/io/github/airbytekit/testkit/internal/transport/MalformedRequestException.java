package io.github.airbytekit.testkit.internal.transport;

/** A request the server cannot read; answered with {@link #status()} and the connection closed. */
final class MalformedRequestException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int status;

  MalformedRequestException(int status, String message) {
    super(message);
    this.status = status;
  }

  int status() {
    return status;
  }
}
