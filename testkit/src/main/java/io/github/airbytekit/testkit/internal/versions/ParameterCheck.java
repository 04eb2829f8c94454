package io.github.airbytekit.testkit.internal.versions;

import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Strict mode's check of the public API's id parameters, refused as Airbyte's server refuses a value that is not a
 * UUID (airbyte-platform {@code airbyte-api/server-api/src/main/openapi/api.yaml} and the controllers under
 * {@code airbyte-server/src/main/kotlin/io/airbyte/server/apis/publicapi/controllers/}):
 * <ul>
 *   <li>the path ids and {@code GET /jobs}'s {@code connectionId} are declared {@code format: UUID} (upper case),
 *       which the generated server binds as a string; the controller first asks {@code RoleResolver} for the
 *       caller's roles on it, whose workspace look-up fails on a non-UUID
 *       ({@code AuthenticationHeaderResolver.resolveWorkspace} returns none), so a caller without instance-wide
 *       roles gets 403 ({@code ForbiddenProblem});
 *   <li>the items of {@code workspaceIds} and {@code tagIds} are {@code format: uuid}, bound as {@code List<UUID>}
 *       by the framework before the controller runs: 400.
 * </ul>
 */
final class ParameterCheck {
  /** Path ids (our {@code public-api.yaml} declares them {@code format: uuid}); {@code jobId} is an integer. */
  private static final List<String> ROLE_CHECKED_PATH = List.of("connectionId", "sourceId", "destinationId",
      "workspaceId");
  private static final List<String> ROLE_CHECKED_QUERY = List.of("connectionId");
  private static final List<String> BOUND_QUERY_LISTS = List.of("workspaceIds", "tagIds");

  private ParameterCheck() {}

  /** 400 for a query list item the server binds as a UUID and cannot. */
  static void boundQueryLists(Exchange exchange) {
    for (String name : BOUND_QUERY_LISTS) {
      for (String value : exchange.queryList(name)) {
        if (StringFormats.mismatch("uuid", value) != null) {
          throw HttpProblem.badRequest("Invalid query parameter: " + name + " is " + value + ", which is not a UUID");
        }
      }
    }
  }

  /** 403 for a path or query id the server hands to its role check as it is. */
  static void roleCheckedIds(Exchange exchange) {
    Map<String, String> path = exchange.pathParameters();
    for (String name : ROLE_CHECKED_PATH) {
      refuseNonUuid(name, path.get(name));
    }
    for (String name : ROLE_CHECKED_QUERY) {
      refuseNonUuid(name, exchange.queryParameter(name));
    }
  }

  private static void refuseNonUuid(String name, @Nullable String value) {
    if (value != null && StringFormats.mismatch("uuid", value) != null) {
      throw HttpProblem.forbidden("Caller does not have the required permissions to access the resource(s). ("
          + name + " is " + value + ", which is not a UUID: Airbyte finds no workspace for it)");
    }
  }
}
