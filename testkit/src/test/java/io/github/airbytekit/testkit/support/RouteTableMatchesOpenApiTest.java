package io.github.airbytekit.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.internal.CallRecorder;
import io.github.airbytekit.testkit.internal.FakeStore;
import io.github.airbytekit.testkit.internal.TokenBook;
import io.github.airbytekit.testkit.internal.http.Api;
import io.github.airbytekit.testkit.internal.http.Layout;
import io.github.airbytekit.testkit.internal.http.Route;
import io.github.airbytekit.testkit.internal.routes.RouteTable;
import io.github.airbytekit.testkit.internal.versions.VersionRules;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every route of the fake is an operation of our openapi/ documents: same operationId, method, path and success
 * body schema, which is what version shaping and request checks look up by.
 */
class RouteTableMatchesOpenApiTest {
  @Test
  void everyRouteDeclaresItsDocumentedOperation() throws IOException {
    List<Route> routes = RouteTable.create(Layout.SELF_MANAGED,
        new FakeStore(Clock.systemUTC(), false, VersionRules.of("latest")),
        new TokenBook(Clock.systemUTC(), Duration.ofMinutes(1)), new NoJournal(),
        new RouteTable.Options(false, "id", "secret", List.of("sync"), false)).all();
    Map<String, Map<String, Object>> operations = operations(Api.PUBLIC);
    operations.putAll(operations(Api.CONFIG));
    List<String> problems = new ArrayList<>();

    for (Route route : routes) {
      Map<String, Object> operation = operations.get(route.operationId());
      if (operation == null) {
        problems.add(route + ": no such operationId");
        continue;
      }
      String documented = operation.get("method") + " " + operation.get("path");
      String declared = route.method() + " " + (route.api() == Api.CONFIG ? "/v1" : "") + route.template();
      if (!documented.equalsIgnoreCase(declared)) {
        problems.add(route + ": documented as " + documented);
      }
      if (!String.valueOf(operation.get("schema")).equals(String.valueOf(route.responseSchema()))) {
        problems.add(route + ": documented response " + operation.get("schema"));
      }
    }

    assertThat(problems).isEmpty();
    assertThat(routes).hasSizeGreaterThan(20);
    TreeSet<String> unserved = new TreeSet<>(operations.keySet());
    routes.forEach(route -> unserved.remove(route.operationId()));
    System.out.println("Operations of our documents the fake does not serve: " + unserved);
  }

  /** operationId → method, path and success body schema name (null without a body). */
  @SuppressWarnings("unchecked")
  private static Map<String, Map<String, Object>> operations(Api api) throws IOException {
    String resource = "io/github/airbytekit/openapi/" + (api == Api.PUBLIC ? "public" : "config") + "-api.yaml";
    Map<String, Object> document;
    try (InputStream in = RouteTableMatchesOpenApiTest.class.getClassLoader().getResourceAsStream(resource)) {
      document = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    }
    Map<String, Map<String, Object>> result = new java.util.HashMap<>();
    ((Map<String, Object>) document.get("paths")).forEach((path, item) ->
        ((Map<String, Object>) item).forEach((method, value) -> {
          if (!(value instanceof Map) || !((Map<String, Object>) value).containsKey("operationId")) {
            return;
          }
          Map<String, Object> operation = (Map<String, Object>) value;
          Map<String, Object> described = new java.util.HashMap<>();
          described.put("method", method);
          described.put("path", path);
          described.put("schema", successSchema(document, operation));
          result.put((String) operation.get("operationId"), described);
        }));
    return result;
  }

  @SuppressWarnings("unchecked")
  private static String successSchema(Map<String, Object> document, Map<String, Object> operation) {
    for (Map.Entry<String, Object> response : ((Map<String, Object>) operation.get("responses")).entrySet()) {
      if (!response.getKey().startsWith("2")) {
        continue;
      }
      Map<String, Object> content = (Map<String, Object>) ((Map<String, Object>) response.getValue()).get("content");
      if (content == null) {
        return null;
      }
      Map<String, Object> media = (Map<String, Object>) content.values().iterator().next();
      String ref = (String) ((Map<String, Object>) media.get("schema")).get("$ref");
      return ref.substring(ref.lastIndexOf('/') + 1);
    }
    return null;
  }

  private static final class NoJournal implements CallRecorder {
    @Override
    public void record(String method, String path, Map<String, List<String>> query,
        Map<String, List<String>> headers, String body, int responseStatus, Instant receivedAt) {}

    @Override
    public void tokenMinted() {}

    @Override
    public void clear() {}
  }
}
