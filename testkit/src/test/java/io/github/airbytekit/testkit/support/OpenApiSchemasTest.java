package io.github.airbytekit.testkit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import org.junit.jupiter.api.Test;

/** The conformance checker itself catches what it must. */
class OpenApiSchemasTest {
  private static CapturedResponses.Captured captured(String method, String path, int status, String type, String body) throws Exception {
    Constructor<CapturedResponses.Captured> constructor =
        CapturedResponses.Captured.class.getDeclaredConstructor(String.class, String.class, int.class, String.class, String.class);
    return constructor.newInstance(method, path, status, type, body);
  }

  @Test
  void acceptsAConformingJob() throws Exception {
    assertThat(OpenApiSchemas.violations(captured("GET", "/api/public/v1/jobs/1", 200, "application/json",
        "{\"jobId\":1,\"status\":\"running\",\"jobType\":\"sync\",\"startTime\":\"x\",\"connectionId\":\"9924bcd0-99be-453d-ba47-c2c9766f7da5\"}")))
        .isEmpty();
  }

  @Test
  void reportsMissingRequiredUnknownPropertiesBadEnumsAndTypes() throws Exception {
    assertThat(OpenApiSchemas.violations(captured("GET", "/api/public/v1/jobs/1", 200, "application/json",
        "{\"jobId\":1.5,\"status\":\"paused\",\"jobType\":\"sync\",\"connectionId\":\"nope\",\"extra\":true}")))
        .anyMatch(v -> v.contains("startTime is required"))
        .anyMatch(v -> v.contains("not one of"))
        .anyMatch(v -> v.contains("integer"))
        .anyMatch(v -> v.contains("uuid"))
        .anyMatch(v -> v.contains("extra is not a documented property"));
  }

  @Test
  void checksConfigApiBodiesThroughRefsAndOneOf() throws Exception {
    String attempt = "{\"attempt\":{\"id\":0,\"status\":\"succeeded\",\"createdAt\":1,\"updatedAt\":2},\"logs\":{\"logLines\":[\"a\"]}}";
    String ok = "{\"job\":{\"id\":1,\"configType\":\"sync\",\"configId\":\"c\",\"createdAt\":1,\"updatedAt\":1,\"status\":\"succeeded\"},\"attempts\":[" + attempt + "]}";
    assertThat(OpenApiSchemas.violations(captured("POST", "/api/v1/jobs/get", 200, "application/json", ok))).isEmpty();
    assertThat(OpenApiSchemas.violations(captured("POST", "/api/v1/jobs/get", 200, "application/json", ok.replace("logLines", "lines"))))
        .anyMatch(v -> v.contains("oneOf"));
    assertThat(OpenApiSchemas.violations(captured("POST", "/api/v1/jobs/get", 404, "application/json", "{\"message\":\"x\",\"id\":\"1\"}")))
        .isEmpty();
  }

  @Test
  void undocumentedStatusOrContentTypeIsReported() throws Exception {
    assertThat(OpenApiSchemas.violations(captured("DELETE", "/api/public/v1/connections/9924bcd0-99be-453d-ba47-c2c9766f7da5", 204, "", "x")))
        .anyMatch(v -> v.contains("without a body"));
    assertThat(OpenApiSchemas.violations(captured("GET", "/api/public/v1/jobs/1", 200, "text/plain", "{}")))
        .anyMatch(v -> v.contains("content type"));
  }
}
