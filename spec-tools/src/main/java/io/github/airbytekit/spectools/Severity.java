package io.github.airbytekit.spectools;

/** How much a finding matters to us; only {@link #BREAKING} findings fail the check. */
public enum Severity {
  /** Our client, as generated from our document, can break against the server upstream documents. */
  BREAKING,
  /** Upstream documents something different that cannot break us, e.g. a new enum value in a response. */
  ADDITIVE,
  /** The comparison could not be made, e.g. an upstream {@code $ref} that points nowhere. */
  WARNING
}
