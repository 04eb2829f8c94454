package io.github.airbytekit.connections;

import io.github.airbytekit.domain.AirbyteException;

/**
 * A resource exists but belongs to another workspace than the {@link CloudWorkspace} used to reach it.
 * Nothing is cached or changed when this is thrown.
 *
 * <pre>{@code
 * catch (WorkspaceMismatchException e) {
 *   log.error("{} {} is in workspace {}", e.resourceType(), e.resourceId(), e.actualWorkspaceId());
 * }
 * }</pre>
 */
public class WorkspaceMismatchException extends AirbyteException {
  private static final long serialVersionUID = 1L;

  /** The resource type. */
  private final String resourceType;
  /** The resource id. */
  private final String resourceId;
  /** The expected workspace id. */
  private final String expectedWorkspaceId;
  /** The actual workspace id. */
  private final String actualWorkspaceId;

  /**
   * Creates the exception for the {@code resourceType} (such as {@code "connection"}) {@code resourceId}.
   *
   * @param resourceType the kind of resource
   * @param resourceId the id of the resource
   * @param expectedWorkspaceId the workspace expected
   * @param actualWorkspaceId the workspace the resource belongs to
   */
  public WorkspaceMismatchException(
      String resourceType, String resourceId, String expectedWorkspaceId, String actualWorkspaceId) {
    super(
        capitalize(resourceType) + " '" + resourceId + "' belongs to workspace '" + actualWorkspaceId
            + "', not '" + expectedWorkspaceId + "'.");
    this.resourceType = resourceType;
    this.resourceId = resourceId;
    this.expectedWorkspaceId = expectedWorkspaceId;
    this.actualWorkspaceId = actualWorkspaceId;
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@return the kind of resource: {@code "connection"}, {@code "source"} or {@code "destination"}} */
  public String resourceType() {
    return resourceType;
  }

  /** {@return the id of the resource} */
  public String resourceId() {
    return resourceId;
  }

  /** {@return the workspace the caller expected} */
  public String expectedWorkspaceId() {
    return expectedWorkspaceId;
  }

  /** {@return the workspace the resource belongs to} */
  public String actualWorkspaceId() {
    return actualWorkspaceId;
  }
}
