package io.github.airbytekit.testkit.support;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails a test class if any response the fake sent to its test clients does not validate
 * against airbytekit's openapi/ documents. Every HTTP test class of the suite uses it.
 */
public final class ConformsToOpenApi implements BeforeAllCallback, AfterAllCallback {
  @Override
  public void beforeAll(ExtensionContext context) {
    CapturedResponses.drain();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    List<CapturedResponses.Captured> captured = CapturedResponses.drain();
    List<String> failures = new ArrayList<>();
    for (CapturedResponses.Captured response : captured) {
      for (String violation : OpenApiSchemas.violations(response)) {
        failures.add(response + ": " + violation + "\n    body: " + abbreviate(response.body));
      }
    }
    if (!failures.isEmpty()) {
      throw new AssertionError(
          failures.size() + " response(s) of " + captured.size() + " do not match the openapi documents:\n  "
              + String.join("\n  ", failures));
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 400 ? body.substring(0, 400) + "…" : body;
  }
}
