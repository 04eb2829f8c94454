package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.testkit.internal.BodyShape;
import io.github.airbytekit.testkit.internal.ConnectorDefinitions;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.Ids;
import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.Records.Actor;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST} and {@code PATCH} of the public API's sources or destinations, validated before anything changes as
 * Airbyte's {@code SourcesController}/{@code DestinationsController} do: {@code name}, {@code workspaceId} and an
 * object {@code configuration} are required on create, the workspace must exist, the connector type comes from
 * {@code definitionId} or the configuration's {@code sourceType}/{@code destinationType} (which is not stored), and
 * a PATCH's {@code configuration} is merged into the stored one (JSON merge patch).
 */
final class ActorWrites {
  private final FakeStore store;
  private final Map<String, Actor> actors;
  private final String kind;
  private final BodyShape createShape;
  private final BodyShape patchShape;
  private final boolean strict;

  ActorWrites(FakeStore store, Map<String, Actor> actors, String kind, BodyShape createShape, BodyShape patchShape,
      boolean strict) {
    this.store = store;
    this.actors = actors;
    this.kind = kind;
    this.createShape = createShape;
    this.patchShape = patchShape;
    this.strict = strict;
  }

  /** Creates the connector; returns it. */
  Actor create(Exchange exchange) {
    Map<String, Object> body = body(exchange, createShape);
    String name = name(body.get("name"));
    if (name == null) {
      throw HttpProblem.badRequest("name is required");
    }
    String workspaceId = JsonTree.string(body.get("workspaceId"));
    if (workspaceId == null) {
      throw HttpProblem.badRequest("workspaceId is required");
    }
    if (!store.workspaces.containsKey(Ids.canonical(workspaceId))) {
      throw HttpProblem.notFound("Could not find workspace with id: " + workspaceId);
    }
    Map<String, Object> configuration = JsonTree.object(body.get("configuration"));
    if (configuration == null) {
      throw HttpProblem.badRequest("configuration is required and must be an object");
    }
    String definitionId = uuidOrNull(body.get("definitionId"), "definitionId");
    String typeProperty = kind + "Type";
    String type = definitionId == null ? null : ConnectorDefinitions.type(kind, definitionId);
    if (type == null) {
      type = JsonTree.string(configuration.get(typeProperty));
    }
    if (type == null) {
      throw HttpProblem.badRequest("definitionId is required when configuration has no " + typeProperty);
    }
    Map<String, Object> stored = new LinkedHashMap<>(configuration);
    stored.remove(typeProperty);
    Actor actor = new Actor(UUID.randomUUID().toString(), Ids.canonical(workspaceId), name, type,
        definitionId != null ? definitionId : ConnectorDefinitions.id(kind, type),
        RawJson.of(JsonTree.write(stored)), store.now());
    actors.put(actor.id, actor);
    return actor;
  }

  /** Applies a PATCH to {@code actor}; returns it. */
  Actor patch(Exchange exchange, Actor actor) {
    Map<String, Object> body = body(exchange, patchShape);
    String name = body.containsKey("name") ? name(body.get("name")) : actor.name;
    if (name == null) {
      throw HttpProblem.badRequest("name must be a non-blank string");
    }
    Object change = body.get("configuration");
    RawJson configuration = actor.configuration;
    if (change != null) {
      Map<String, Object> patch = JsonTree.object(change);
      if (patch == null) {
        throw HttpProblem.badRequest("configuration must be an object");
      }
      Map<String, Object> merged = merge(JsonTree.object(JsonTree.parse(actor.configuration.toJson())), patch);
      merged.remove(kind + "Type");
      configuration = RawJson.of(JsonTree.write(merged));
    }
    actor.name = name;
    actor.configuration = configuration;
    return actor;
  }

  private Map<String, Object> body(Exchange exchange, BodyShape shape) {
    Map<String, Object> body = JsonTree.object(JsonTree.parse(shape.filter(exchange.body(), strict, 400)));
    if (body == null) {
      throw HttpProblem.badRequest("the request body must be a JSON object");
    }
    return body;
  }

  private static @Nullable String name(@Nullable Object value) {
    String name = JsonTree.string(value);
    return name == null || name.isBlank() ? null : name;
  }

  private static @Nullable String uuidOrNull(@Nullable Object value, String property) {
    if (value == null || value instanceof RawJson && ((RawJson) value).isNull()) {
      return null;
    }
    String text = JsonTree.string(value);
    try {
      return UUID.fromString(String.valueOf(text)).toString();
    } catch (IllegalArgumentException e) {
      throw HttpProblem.badRequest(property + " must be a UUID: " + text);
    }
  }

  /** RFC 7396: objects merge recursively, {@code null} removes, anything else replaces. */
  private static Map<String, Object> merge(@Nullable Map<String, Object> target, Map<String, Object> patch) {
    Map<String, Object> result = target == null ? new LinkedHashMap<>() : new LinkedHashMap<>(target);
    for (Map.Entry<String, Object> entry : patch.entrySet()) {
      Object value = entry.getValue();
      Map<String, Object> nested = JsonTree.object(value);
      if (value instanceof RawJson && ((RawJson) value).isNull()) {
        result.remove(entry.getKey());
      } else if (SecretMask.MASK.equals(JsonTree.string(value)) && result.containsKey(entry.getKey())) {
        // Airbyte reads the mask it sends for a secret as "unchanged".
        continue;
      } else if (nested != null) {
        result.put(entry.getKey(), merge(JsonTree.object(result.get(entry.getKey())), nested));
      } else {
        result.put(entry.getKey(), value);
      }
    }
    return result;
  }
}
