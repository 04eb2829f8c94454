package io.github.airbytekit.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the operation of our OpenAPI document that a generated Retrofit method calls.
 *
 * <pre>{@code
 * @ApiOperation(id = "getConnection", method = "GET", path = "/connections/{connectionId}")
 * @GET("connections/{connectionId}")
 * Call<ConnectionResponse> getConnection(@Path("connectionId") UUID connectionId);
 * }</pre>
 *
 * <p>The response converter reads it so that a {@link MissingPropertyException} names the operation
 * and endpoint. Code that executes calls can read it the same way, to describe a call in its own
 * messages: {@code call.request().tag(retrofit2.Invocation.class).method().getAnnotation(ApiOperation.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiOperation {

  /**
   * The {@code operationId} in our document, such as {@code getConnection}.
   *
   * @return the operation id
   */
  String id();

  /**
   * The HTTP method in upper case, such as {@code GET}.
   *
   * @return the method
   */
  String method();

  /**
   * The path template as our document writes it, such as {@code /connections/{connectionId}} (public API)
   * or {@code /v1/state/get} (Config API), relative to the API's root.
   *
   * @return the path template, starting with {@code /}
   */
  String path();
}
