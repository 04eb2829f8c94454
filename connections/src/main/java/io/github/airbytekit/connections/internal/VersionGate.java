package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.ApiOperation;
import io.github.airbytekit.connections.AirbyteVersionGapException;
import java.io.IOException;
import java.lang.reflect.Method;
import okhttp3.Interceptor;
import okhttp3.Response;
import retrofit2.Invocation;

/**
 * Refuses, before anything is sent (no token either), a call whose operation the configured Airbyte version does
 * not have. The first interceptor of a workspace's clients; it reads the operation from the generated Retrofit
 * method's {@link ApiOperation}.
 */
public final class VersionGate implements Interceptor {
  private static final String CONFIG_API_PACKAGE = "io.github.airbytekit.client.configapi";

  private final VersionProfile version;

  /** A gate for {@code version}. */
  public VersionGate(VersionProfile version) {
    this.version = version;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Invocation invocation = chain.request().tag(Invocation.class);
    Method method = invocation == null ? null : invocation.method();
    ApiOperation operation = method == null ? null : method.getAnnotation(ApiOperation.class);
    if (operation != null && !version.hasOperation(api(method), operation.id())) {
      throw new AirbyteVersionGapException(version.version(), operation.id(),
          operation.method() + " " + operation.path());
    }
    return chain.proceed(chain.request());
  }

  /** {@code config} for the Config API's generated services, else {@code public}. */
  static String api(Method method) {
    return method.getDeclaringClass().getPackageName().startsWith(CONFIG_API_PACKAGE) ? "config" : "public";
  }
}
