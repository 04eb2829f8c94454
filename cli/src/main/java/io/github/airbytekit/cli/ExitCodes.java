package io.github.airbytekit.cli;

/** The process exit codes; they are part of the command's interface and scripts depend on them. */
final class ExitCodes {
  static final int OK = 0;
  /** The sync job failed or was cancelled. */
  static final int SYNC_FAILED = 1;
  /** Usage error or bad input; nothing was written. */
  static final int USAGE = 2;
  /** Airbyte API error, authentication failure or network failure. */
  static final int API = 3;
  /** Connection, job or stream not found. */
  static final int NOT_FOUND = 4;
  /** A sync is running (HTTP 423 or 409). */
  static final int CONFLICT = 5;
  /** Waiting for the job timed out. */
  static final int TIMEOUT = 6;
  /** The connection belongs to another workspace. */
  static final int OTHER_WORKSPACE = 7;
  /** A write was accepted, but Airbyte's answer to it could not be read. */
  static final int WRITE_UNCONFIRMED = 8;

  private ExitCodes() {}
}
