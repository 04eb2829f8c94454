package io.github.airbytekit.client.internal;

import io.github.airbytekit.client.ApiOperation;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;

/**
 * The operation whose response body is being read; put on the Moshi reader as a tag by
 * {@link ApiConverterFactory}, recorded by {@link ParsedModelFactory} in every model it reads.
 */
public final class ResponseOrigin {
  private final String operation;
  private final String endpoint;

  ResponseOrigin(String operation, String endpoint) {
    this.operation = operation;
    this.endpoint = endpoint;
  }

  /** The origin named by an {@link ApiOperation} among a Retrofit method's annotations, or null. */
  static @Nullable ResponseOrigin of(Annotation[] methodAnnotations) {
    for (Annotation annotation : methodAnnotations) {
      if (annotation instanceof ApiOperation) {
        ApiOperation operation = (ApiOperation) annotation;
        return new ResponseOrigin(operation.id(), operation.method() + " " + operation.path());
      }
    }
    return null;
  }

  /** The operation id, such as {@code getConnection}. */
  public String operation() {
    return operation;
  }

  /** The method and path template, such as {@code GET /connections/{connectionId}}. */
  public String endpoint() {
    return endpoint;
  }

  @Override
  public String toString() {
    return operation + " (" + endpoint + ")";
  }
}
