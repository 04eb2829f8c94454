package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteInputException;
import io.github.airbytekit.connections.AirbyteTransportException;
import java.io.IOException;
import java.util.UUID;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Response;

/** Executes generated Retrofit calls and maps every failure into the library's exception hierarchy. */
public final class Calls {
  private Calls() {}

  /** The body of a successful response; throws the mapped failure otherwise. */
  public static <T> T body(Call<T> call) {
    Request request = call.request();
    Response<T> response = execute(call, request);
    T body = response.body();
    if (body == null) {
      throw new AirbyteApiException(response.code(), request.method(), HttpErrors.redact(request),
          "response has no body");
    }
    return body;
  }

  /** Executes a call whose success has no body (DELETE → 204). */
  public static void noContent(Call<Void> call) {
    execute(call, call.request());
  }

  private static <T> Response<T> execute(Call<T> call, Request request) {
    Response<T> response;
    try {
      response = call.execute();
    } catch (JsonEncodingException e) {
      // Moshi reports malformed JSON as an IOException; it is a bad response, not a transport failure.
      throw new AirbyteApiException(200, request.method(), HttpErrors.redact(request),
          "response is not JSON (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new AirbyteTransportException(request.method(), HttpErrors.redact(request), e);
    } catch (JsonDataException | IllegalStateException e) {
      throw new AirbyteApiException(200, request.method(), HttpErrors.redact(request),
          "response is not the expected JSON (" + e.getMessage() + ")");
    }
    if (!response.isSuccessful()) {
      throw HttpErrors.toException(request, response.code(), response.errorBody());
    }
    return response;
  }

  /** Parses an id the generated client sends as a UUID, refusing anything else before any request. */
  public static UUID uuid(String what, String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new AirbyteInputException(what + " must be a UUID, was '" + id + "'.", e);
    }
  }

}
