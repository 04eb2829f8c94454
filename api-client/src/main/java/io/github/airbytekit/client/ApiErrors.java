package io.github.airbytekit.client;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import io.github.airbytekit.client.configapi.model.InvalidInputExceptionInfo;
import io.github.airbytekit.client.configapi.model.KnownExceptionInfo;
import io.github.airbytekit.client.publicapi.model.Problem;
import java.io.IOException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads error bodies: problem JSON from the public API, exception info from the Config API.
 *
 * <pre>{@code
 * Response<JobResponse> response = api.jobs().getJob(42L).execute();
 * if (!response.isSuccessful()) {
 *   String body = response.errorBody() == null ? "" : response.errorBody().string();
 *   Optional<Problem> problem = ApiErrors.problem(body);
 * }
 * }</pre>
 *
 * <p>Never throws: a body that is not the expected JSON yields {@link Optional#empty()}.
 */
public final class ApiErrors {

  private static final JsonAdapter<Problem> PROBLEM = ApiMoshi.moshi().adapter(Problem.class);
  private static final JsonAdapter<KnownExceptionInfo> KNOWN = ApiMoshi.moshi().adapter(KnownExceptionInfo.class);
  private static final JsonAdapter<InvalidInputExceptionInfo> INVALID =
      ApiMoshi.moshi().adapter(InvalidInputExceptionInfo.class);

  private ApiErrors() {
  }

  /**
   * Parses a public-API problem-JSON body.
   *
   * @param body the response body text
   * @return the problem, or empty when the body is not a JSON object
   */
  public static Optional<Problem> problem(@Nullable String body) {
    return parse(PROBLEM, body);
  }

  /**
   * Parses a Config-API error body ({@code message}, {@code exceptionClassName}, ...).
   *
   * @param body the response body text
   * @return the error, or empty when the body is not a JSON object
   */
  public static Optional<KnownExceptionInfo> configError(@Nullable String body) {
    return parse(KNOWN, body);
  }

  /**
   * Parses a Config-API 422 body with its per-property validation errors.
   *
   * @param body the response body text
   * @return the error, or empty when the body is not a JSON object
   */
  public static Optional<InvalidInputExceptionInfo> invalidInput(@Nullable String body) {
    return parse(INVALID, body);
  }

  private static <T> Optional<T> parse(JsonAdapter<T> adapter, @Nullable String body) {
    if (body == null || body.isBlank() || !body.trim().startsWith("{")) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(adapter.fromJson(body));
    } catch (IOException | JsonDataException e) {
      return Optional.empty();
    }
  }
}
