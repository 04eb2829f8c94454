package io.github.airbytekit.connections.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's loggers, one per concern; every logged URL goes through {@link Redaction#url}. Bodies and headers
 * are never logged; an SLF4J binding is the application's choice.
 */
public final class Logs {
  /** One line per HTTP attempt at DEBUG: method, masked URL, status, duration. */
  public static final Logger HTTP = LoggerFactory.getLogger("io.github.airbytekit.http");
  /** Retries of reads at INFO. */
  public static final Logger RETRY = LoggerFactory.getLogger("io.github.airbytekit.retry");
  /** Token mints at DEBUG (client id and lifetime, never the token). */
  public static final Logger AUTH = LoggerFactory.getLogger("io.github.airbytekit.auth");
  /** Sync progress at DEBUG after every poll. */
  public static final Logger SYNC = LoggerFactory.getLogger("io.github.airbytekit.sync");
  /** Failures of a user's event listener at WARN. */
  public static final Logger EVENTS = LoggerFactory.getLogger("io.github.airbytekit.events");

  private Logs() {}
}
