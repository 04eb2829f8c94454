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
import java.io.EOFException;
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
 * {@link AirbyteResponseException}, or {@link io.github.airbytekit.connections.AirbyteWriteUnconfirmedException}
 * when the call was a write that Airbyte accepted. Each answer is mapped once, here, into the caller's own values.
 */
public final class Gateway {
  private final StatusRecorder statuses;
  private final Redaction redaction;

  /** A gateway reading final statuses from {@code statuses}, which must be on the clients' interceptor chain. */
  public Gateway(StatusRecorder statuses) {
    this(statuses, new Redaction());
  }

  /** Like {@link #Gateway(StatusRecorder)}, masking {@code redaction}'s secrets in Airbyte's problem texts. */
  public Gateway(StatusRecorder statuses, Redaction redaction) {
    this.statuses = statuses;
    this.redaction = redaction;
  }

  /** The secrets masked in messages; a token source adds the tokens it mints. */
  public Redaction redaction() {
    return redaction;
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
      throw unreadable(info, e.jsonPath(), e);
    } catch (JsonEncodingException | JsonDataException e) { // JsonEncodingException is an IOException
      throw unreadable(info, null, e);
    } catch (IOException e) {
      int status = statuses.last();
      boolean answered = status >= 200 && status < 300; // the headers came; the body did not, or not whole
      if (answered && (e instanceof EOFException || info.write())) {
        throw ResponseFailures.truncated(info, status, statuses.lastLength(), null, e);
      }
      throw new AirbyteTransportException(info.method(), info.url(), e);
    }
    if (!response.isSuccessful()) {
      throw failure(info, response.code(), response.errorBody());
    }
    return response;
  }

  /** A success body that cannot be read: cut short (the reader ran out of input), or not the expected JSON. */
  private AirbyteResponseException unreadable(CallInfo info, @Nullable String jsonPath, Exception e) {
    int status = statuses.last();
    return endsEarly(e) ? ResponseFailures.truncated(info, status, statuses.lastLength(), jsonPath, e)
        : ResponseFailures.malformed(info, status, jsonPath, e);
  }

  /** Whether {@code e} (or a cause) says the JSON ended before its values did. */
  private static boolean endsEarly(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (t instanceof EOFException
          || message != null && (message.startsWith("End of input") || message.startsWith("Unterminated"))) {
        return true;
      }
    }
    return false;
  }

  /** The exception for error status {@code code} of {@code call}, with the problem document of {@code body}. */
  private AirbyteApiException failure(CallInfo call, int code, @Nullable ResponseBody body) {
    ProblemDocument problem = ProblemDocument.read(body);
    String method = call.method();
    String url = call.url();
    String detail = call.sendsSecret() ? null : redaction.scrubNullable(problem.detail());
    String title = redaction.scrubNullable(problem.title());
    AirbyteApiException failure;
    switch (code) {
      case 401:
      case 403:
        failure = new AirbyteAuthException(code, method, url, title, detail);
        break;
      case 404:
        failure = new AirbyteNotFoundException(code, method, url, title, detail);
        break;
      case 429:
        failure = new AirbyteRateLimitException(code, method, url, title, detail);
        break;
      default:
        failure = new AirbyteApiException(code, method, url, title, detail);
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
