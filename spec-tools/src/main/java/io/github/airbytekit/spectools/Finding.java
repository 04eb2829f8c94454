package io.github.airbytekit.spectools;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One difference between our document and upstream's.
 *
 * <p>{@code where} names the operation and the schema path, e.g. {@code GET /jobs → 200 →
 * JobsResponse.data[].status}, using our document's paths and schema names so the report reads as a
 * checklist for our documents.
 *
 * @param api which API the finding belongs to, e.g. {@code public} or {@code config}
 * @param severity the classification; see {@link FindingKind} for the rules
 * @param kind what differs
 * @param where the operation and schema path
 * @param message what upstream has differently
 * @param allowedBecause the allow-list reason when an entry accepts this finding, otherwise null
 */
public record Finding(
    String api,
    Severity severity,
    FindingKind kind,
    String where,
    String message,
    @Nullable String allowedBecause) {

  /** Checks that no component is null except {@code allowedBecause}. */
  public Finding {
    Objects.requireNonNull(api, "api == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(where, "where == null");
    Objects.requireNonNull(message, "message == null");
  }

  /** Returns whether this finding fails the check: breaking and not accepted by the allow-list. */
  public boolean isBreaking() {
    return severity == Severity.BREAKING && allowedBecause == null;
  }

  /** Returns this finding accepted by an allow-list entry with the given reason. */
  public Finding allow(String reason) {
    return new Finding(api, severity, kind, where, message, reason);
  }

  /** Returns the report line: {@code [api] where: message}. */
  @Override
  public String toString() {
    return "[" + api + "] " + where + ": " + message;
  }
}
