package io.github.airbytekit.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.internal.BodyShape;
import io.github.airbytekit.testkit.internal.Shapes;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The request-body shapes that decide which properties are known (dropped or refused otherwise)
 * list exactly the properties of the openapi/ documents, at every nesting level.
 */
class RequestShapesMatchOpenApiTest {
  @ParameterizedTest
  @CsvSource({
    "public-api.yaml, AccessTokenRequest, ACCESS_TOKEN_REQUEST",
    "public-api.yaml, ConnectionPatchRequest, CONNECTION_PATCH",
    "public-api.yaml, ConnectionCreateRequest, CONNECTION_CREATE",
    "public-api.yaml, JobCreateRequest, JOB_CREATE",
    "public-api.yaml, SourceCreateRequest, SOURCE_CREATE",
    "public-api.yaml, SourcePatchRequest, SOURCE_PATCH",
    "public-api.yaml, DestinationCreateRequest, DESTINATION_CREATE",
    "public-api.yaml, DestinationPatchRequest, DESTINATION_PATCH",
    "config-api.yaml, ConnectionIdRequestBody, CONNECTION_ID_REQUEST",
    "config-api.yaml, JobIdRequestBody, JOB_ID_REQUEST",
    "config-api.yaml, WebBackendConnectionRequestBody, WEB_BACKEND_CONNECTION_REQUEST",
    "config-api.yaml, ConnectionStateCreateOrUpdate, STATE_CREATE_OR_UPDATE",
    "config-api.yaml, WebBackendConnectionUpdate, WEB_BACKEND_CONNECTION_UPDATE",
    "config-api.yaml, AirbyteCatalog, SYNC_CATALOG",
  })
  void shapeListsTheDocumentedProperties(String document, String schema, String constant) throws Exception {
    Map<String, Object> doc = load(document);
    BodyShape shape = (BodyShape) Shapes.class.getField(constant).get(null);
    List<String> problems = new ArrayList<>();

    compare(doc, Map.of("$ref", "#/components/schemas/" + schema), shape, schema, problems);

    assertThat(problems).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static void compare(Map<String, Object> doc, Object node, BodyShape shape, String at, List<String> problems) {
    Map<String, Object> schema = resolve(doc, node);
    if ("array".equals(schema.get("type"))) {
      if (shape.items() != null) {
        compare(doc, schema.get("items"), shape.items(), at + "[]", problems);
      }
      return;
    }
    Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
    if (properties == null) {
      return;
    }
    if (shape.propertyNames().isEmpty()) {
      problems.add(at + " is an object with properties " + properties.keySet() + " but the shape accepts anything");
      return;
    }
    if (!new TreeSet<>(properties.keySet()).equals(new TreeSet<>(shape.propertyNames()))) {
      problems.add(at + ": documented " + new TreeSet<>(properties.keySet()) + ", shape " + new TreeSet<>(shape.propertyNames()));
      return;
    }
    for (Map.Entry<String, Object> property : properties.entrySet()) {
      BodyShape child = shape.property(property.getKey());
      Map<String, Object> childSchema = resolve(doc, property.getValue());
      boolean structured =
          childSchema.containsKey("properties")
              || ("array".equals(childSchema.get("type")) && resolve(doc, childSchema.get("items")).containsKey("properties"));
      if (structured) {
        compare(doc, property.getValue(), child, at + "." + property.getKey(), problems);
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> resolve(Map<String, Object> doc, Object node) {
    Map<String, Object> map = (Map<String, Object>) node;
    while (map.containsKey("$ref")) {
      Object target = doc;
      for (String part : ((String) map.get("$ref")).substring(2).split("/")) {
        target = ((Map<String, Object>) target).get(part);
      }
      map = (Map<String, Object>) target;
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> load(String document) throws IOException {
    try (InputStream in =
        RequestShapesMatchOpenApiTest.class.getClassLoader().getResourceAsStream("io/github/airbytekit/openapi/" + document)) {
      return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    }
  }
}
