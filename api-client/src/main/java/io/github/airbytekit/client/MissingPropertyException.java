package io.github.airbytekit.client;

import io.github.airbytekit.domain.AirbyteDataException;
import org.jspecify.annotations.Nullable;

/**
 * A required property that the code reads is missing from what Airbyte sent (absent or {@code null}).
 *
 * <pre>{@code
 * ConnectionResponse connection = api.connections().getConnection(id).execute().body();
 * try {
 *   UUID workspace = connection.getWorkspaceId();
 * } catch (MissingPropertyException e) {
 *   // "Airbyte's answer to getConnection (GET /connections/{connectionId}) has no 'workspaceId'
 *   //  at $.workspaceId (required by ConnectionResponse)"
 * }
 * }</pre>
 *
 * <p>Thrown by the getters of the generated models, never while parsing: a response is accepted
 * whatever it omits, and only a property the code actually reads can fail it (tolerant reader). For a
 * model parsed from a response, {@link #operation()} and {@link #endpoint()} say which call answered;
 * for a model parsed elsewhere, or built with setters, they are null and {@link #jsonPath()} is
 * relative to that object.
 */
public class MissingPropertyException extends AirbyteDataException {
  private static final long serialVersionUID = 1L;

  /** The wire name of the missing property; serialized with the exception. */
  private final String property;
  /** The schema that requires it; serialized with the exception. */
  private final String model;
  /** The operation id of the call that answered, or null; serialized with the exception. */
  private final @Nullable String operation;
  /** The method and path template of that call, or null; serialized with the exception. */
  private final @Nullable String endpoint;

  /**
   * Creates the exception; the message is made from the arguments.
   *
   * @param property the wire name of the missing property, such as {@code workspaceId}
   * @param jsonPath its JSON path in the document, such as {@code $.data[3].workspaceId}
   * @param model the schema that requires it, such as {@code ConnectionResponse}
   * @param operation the operation id of the call that answered, such as {@code getConnection}, or null
   * @param endpoint the method and path template of that call, such as {@code GET /connections/{connectionId}},
   *     or null
   */
  public MissingPropertyException(String property, String jsonPath, String model, @Nullable String operation,
      @Nullable String endpoint) {
    super(message(property, jsonPath, model, operation, endpoint), jsonPath);
    this.property = property;
    this.model = model;
    this.operation = operation;
    this.endpoint = endpoint;
  }

  private static String message(String property, String jsonPath, String model, @Nullable String operation,
      @Nullable String endpoint) {
    String where = "'" + property + "' at " + jsonPath + " (required by " + model + ")";
    if (operation == null) {
      return "No " + where;
    }
    return "Airbyte's answer to " + operation + (endpoint == null ? "" : " (" + endpoint + ")") + " has no " + where;
  }

  /** {@return the wire name of the missing property, such as {@code workspaceId}} */
  public String property() {
    return property;
  }

  /** {@return the name of the schema that requires the property, such as {@code ConnectionResponse}} */
  public String model() {
    return model;
  }

  /**
   * The operation whose response lacks the property.
   *
   * @return the operation id, such as {@code getConnection}; null when the model was not parsed from a response
   */
  public @Nullable String operation() {
    return operation;
  }

  /**
   * The endpoint whose response lacks the property.
   *
   * @return the method and path template, such as {@code GET /connections/{connectionId}}; null when the model
   *     was not parsed from a response
   */
  public @Nullable String endpoint() {
    return endpoint;
  }
}
