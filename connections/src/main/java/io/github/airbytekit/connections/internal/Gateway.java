package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.airbytekit.client.MissingPropertyException;
import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteAuthException;
import io.github.airbytekit.connections.AirbyteNotFoundException;
import io.github.airbytekit.connections.AirbyteRateLimitException;
import io.github.airbytekit.connections.AirbyteResponseException;
import io.github.airbytekit.connections.AirbyteTransportException;
import io.github.airbytekit.connections.ConnectionSyncActiveException;
import io.github.airbytekit.connections.SyncAlreadyRunningException;
import io.github.airbytekit.domain.AirbyteDataException;
import java.io.IOException;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Executes the generated Retrofit calls of one workspace and owns every mapping of an answer to an exception:
 * 401/403 → {@link AirbyteAuthException}, 404 → {@link AirbyteNotFoundException}, 409 on job creation →
 * {@link SyncAlreadyRunningException}, 423 on a write → {@link ConnectionSyncActiveException}, 429 →
 * {@link AirbyteRateLimitException}, any other error status → {@link AirbyteApiException}, no answer →
 * {@link AirbyteTransportException}, a success that is not what the operation needs →
 * {@link AirbyteResponseException}. Each answer is mapped once, here, into the caller's own values.
 */
public final class Gateway {
  private final StatusRecorder statuses;

  /** A gateway reading final statuses from {@code statuses}, which must be on the clients' interceptor chain. */
  public Gateway(StatusRecorder statuses) {
    this.statuses = statuses;
  }

  /** Maps the body of a successful answer; a missing property it reads fails the call. */
  @FunctionalInterface
  public interface Mapper<T, R> {
    /** Maps {@code body}, reading required properties through {@code answer} where they may be missing. */
    R map(T body, Answer answer);
  }

  /**
   * Executes {@code call} and maps its body.
   *
   * @param connectionId the connection the call acts on, for the 409/423 mapping and messages; null if none
   */
  public <T, R> R call(Call<T> call, @Nullable String connectionId, Mapper<T, R> mapper) {
    CallInfo info = CallInfo.of(call.request(), connectionId);
    Response<T> response = execute(call, info);
    T body = response.body();
    if (body == null) {
      throw ResponseFailures.noBody(info, response.code());
    }
    Answer answer = new Answer(info, response.code());
    try {
      return mapper.map(body, answer);
    } catch (MissingPropertyException e) {
      throw ResponseFailures.missing(info, response.code(), e);
    }
  }

  /** Executes a call whose answer has no body worth reading (a {@code DELETE}). */
  public void send(Call<?> call, @Nullable String connectionId) {
    execute(call, CallInfo.of(call.request(), connectionId));
  }

  private <T> Response<T> execute(Call<T> call, CallInfo info) {
    statuses.clear();
    Response<T> response;
    try {
      response = call.execute();
    } catch (AirbyteResponseException alreadyMapped) { // from the token source, with its own call's context
      throw alreadyMapped;
    } catch (AirbyteDataException e) { // a state or catalog body the domain reader refuses
      throw ResponseFailures.malformed(info, statuses.last(), e.jsonPath(), e);
    } catch (JsonEncodingException | JsonDataException e) { // JsonEncodingException is an IOException
      throw ResponseFailures.malformed(info, statuses.last(), null, e);
    } catch (IOException e) {
      throw new AirbyteTransportException(info.method(), info.url(), e);
    }
    if (!response.isSuccessful()) {
      throw failure(info, response.code(), response.errorBody());
    }
    return response;
  }

  /** The exception for error status {@code code} of {@code call}, with the problem document of {@code body}. */
  private static AirbyteApiException failure(CallInfo call, int code, @Nullable ResponseBody body) {
    ProblemDocument problem = ProblemDocument.read(body);
    String method = call.method();
    String url = call.url();
    String detail = call.sendsSecret() ? null : problem.detail();
    AirbyteApiException failure;
    switch (code) {
      case 401:
      case 403:
        failure = new AirbyteAuthException(code, method, url, problem.title(), detail);
        break;
      case 404:
        failure = new AirbyteNotFoundException(code, method, url, problem.title(), detail);
        break;
      case 429:
        failure = new AirbyteRateLimitException(code, method, url, problem.title(), detail);
        break;
      default:
        failure = new AirbyteApiException(code, method, url, problem.title(), detail);
    }
    String connectionId = call.connectionId();
    if (connectionId != null && code == 409 && call.startsJob()) {
      return new SyncAlreadyRunningException(connectionId, null, failure);
    }
    if (connectionId != null && code == 423 && call.write()) {
      return new ConnectionSyncActiveException(connectionId, failure);
    }
    return failure;
  }
}
