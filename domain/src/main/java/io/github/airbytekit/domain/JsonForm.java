package io.github.airbytekit.domain;

/**
 * Which of Airbyte's two JSON forms a document is in.
 *
 * <pre>{@code
 * if (AirbyteJson.detectStateForm(json) == JsonForm.PROTOCOL) { ... }
 * }</pre>
 */
public enum JsonForm {
  /** The Config API form: camelCase, {@code stateType} / {@code {stream, config}} entries. */
  CONFIG_API,
  /** The Airbyte protocol form: snake_case, state messages with {@code type} / flat configured streams. */
  PROTOCOL
}
