package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.ApiOperation;
import java.util.Set;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Invocation;

/**
 * What one call is, for messages and for the status mapping: the operation of our OpenAPI document, the request
 * as sent, the connection it acts on (if any) and whether it writes.
 *
 * @param operation the operation id, such as {@code getConnection}
 * @param endpoint the method and path template, such as {@code GET /connections/{connectionId}}
 * @param method the HTTP method
 * @param url the request URL without user info
 * @param connectionId the connection the call acts on, or null
 * @param write whether the call changes anything on the server
 */
public record CallInfo(
    String operation, String endpoint, String method, String url, @Nullable String connectionId, boolean write) {

  /** Describes {@code request}, naming the operation from the generated method's {@link ApiOperation}. */
  public static CallInfo of(Request request, @Nullable String connectionId) {
    String url = request.url().newBuilder().username("").password("").build().toString();
    Invocation invocation = request.tag(Invocation.class);
    ApiOperation operation = invocation == null ? null : invocation.method().getAnnotation(ApiOperation.class);
    String path = request.url().encodedPath();
    return new CallInfo(operation == null ? request.method() + " " + path : operation.id(),
        operation == null ? request.method() + " " + path : operation.method() + " " + operation.path(),
        request.method(), url, connectionId, !Idempotency.isRead(request));
  }

  private static final Set<String> JOB_STARTS =
      Set.of("createJob", "resetConnectionStream", "clearConnectionStream", "refreshConnectionStream");

  /** Whether the call creates a job: Airbyte answers 409 when one is already running. */
  boolean startsJob() {
    return JOB_STARTS.contains(operation);
  }

  /** Whether the request carries a secret (the token grant): its error details are not kept, as they may echo it. */
  boolean sendsSecret() {
    return operation.equals("createAccessToken");
  }

  /** {@code getConnection (GET /connections/{connectionId})}, for messages. */
  public String describe() {
    return operation + " (" + endpoint + ")";
  }
}
