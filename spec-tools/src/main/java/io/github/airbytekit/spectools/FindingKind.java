package io.github.airbytekit.spectools;

/**
 * What kind of difference a {@link Finding} reports, with the rule that classifies it.
 *
 * <p>The rules follow one principle: what we <em>send</em> (parameters, request bodies) breaks when
 * upstream accepts less than our document lets us send; what we <em>receive</em> (responses) breaks when
 * upstream may send more, or other, than our document lets us read. Our generated enums map unknown
 * values to {@code UNKNOWN}, so new enum values are never breaking. Only what our documents declare is
 * compared: upstream operations, optional parameters and fields we do not use are not findings.
 */
public enum FindingKind {
  /** An operation (method + path) we declare is not in the upstream document. Breaking. */
  OPERATION_MISSING,
  /** A parameter we send (matched by location and name) is not documented upstream. Breaking. */
  PARAMETER_MISSING,
  /** Upstream requires a parameter we do not declare. Breaking. */
  PARAMETER_ADDED_REQUIRED,
  /** We send a request body upstream does not document. Breaking. */
  REQUEST_BODY_MISSING,
  /** Upstream requires a request body we do not declare. Breaking. */
  REQUEST_BODY_ADDED_REQUIRED,
  /** A media type we send or read is not documented upstream. Breaking (for error responses: additive). */
  MEDIA_TYPE_MISSING,
  /**
   * A response status we declare is not documented upstream (neither exactly, as {@code 2XX}, nor as
   * {@code default}). Breaking for 2xx, additive otherwise; our {@code default} response is compared only
   * when upstream has one.
   */
  RESPONSE_MISSING,
  /** A schema field we declare is not in the upstream schema (removed or renamed). Breaking. */
  FIELD_MISSING,
  /** Upstream requires a request field we do not declare. Breaking. */
  REQUIRED_FIELD_ADDED,
  /**
   * Upstream requires a parameter, body or field that we declare optional. Breaking in requests
   * (we may omit it); additive in responses (upstream now promises it).
   */
  REQUIRED_ADDED,
  /**
   * Upstream makes optional what we declare required. Additive in requests (we always send it);
   * breaking in responses (we rely on it being present).
   */
  REQUIRED_REMOVED,
  /**
   * Upstream allows {@code null} for a response field we declare required and not nullable. Breaking
   * (the generated client treats the field as always present). Optional fields are not reported: they can
   * be absent anyway.
   */
  NULLABLE_ADDED,
  /** We may send {@code null} for a request field upstream does not declare nullable. Breaking. */
  NULLABLE_REMOVED,
  /**
   * The JSON type differs. Breaking, except {@code integer} vs {@code number} in the safe direction: we
   * send integers where upstream accepts numbers, or read numbers where upstream sends integers.
   */
  TYPE_CHANGED,
  /**
   * The format differs (compared case-insensitively, so upstream's {@code UUID} equals {@code uuid}).
   * Widths ({@code int32 < int64}, {@code float < double}) are breaking only in the unsafe direction. A
   * string format on one side only is breaking when it narrows what upstream accepts (request) or when we
   * parse strictly what upstream sends as a plain string (response), additive otherwise. A missing
   * format on an integer or number is unspecified and never a finding, and formats on arrays and objects
   * (upstream's {@code set}) do not change the wire and are ignored.
   */
  FORMAT_CHANGED,
  /** Upstream documents an enum value we do not declare. Additive (unknown values map to UNKNOWN). */
  ENUM_VALUE_ADDED,
  /** An enum value we declare is not documented upstream. Breaking in requests, additive in responses. */
  ENUM_VALUE_REMOVED,
  /** Upstream restricts to an enum what we declare as a plain value. Breaking in requests, additive in responses. */
  ENUM_ADDED,
  /** Upstream no longer restricts to an enum what we declare as one. Additive. */
  ENUM_REMOVED,
  /** A {@code $ref} (upstream's, or ours) does not resolve, so that part was not compared. Warning. */
  UNRESOLVED_REF,
  /** Upstream declares no schema or no properties where we declare some, so nothing was compared. Warning. */
  NOT_COMPARED,
  /** An allow-list entry matched no finding: remove it. Warning. */
  ALLOWLIST_ENTRY_UNUSED
}
