package io.github.airbytekit.testkit.support;

import io.github.airbytekit.client.ConfigApiServices;
import io.github.airbytekit.client.PublicApiServices;
import io.github.airbytekit.testkit.FakeAirbyteServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** Clients for the fake, all sharing one response-capturing interceptor. */
public final class TestClients {
  private static final OkHttpClient BASE =
      new OkHttpClient.Builder()
          .callTimeout(Duration.ofSeconds(10))
          .retryOnConnectionFailure(false)
          .addNetworkInterceptor(
              chain -> {
                Response response = chain.proceed(chain.request());
                ResponseBody peek = response.peekBody(10_000_000);
                CapturedResponses.add(
                    chain.request().method(),
                    chain.request().url().encodedPath(),
                    response.code(),
                    response.header("Content-Type", ""),
                    peek.string());
                return response;
              })
          .build();

  private TestClients() {}

  /** A client without credentials. */
  public static OkHttpClient anonymous() {
    return BASE;
  }

  /** A client sending {@code Authorization: Bearer <token>}. */
  public static OkHttpClient bearer(String token) {
    return BASE.newBuilder()
        .addInterceptor(
            chain ->
                chain.proceed(
                    chain.request().newBuilder().header("Authorization", "Bearer " + token).build()))
        .build();
  }

  public static PublicApiServices publicApi(FakeAirbyteServer server) {
    return PublicApiServices.create(server.apiRoot(), bearer(server.issueToken()));
  }

  public static ConfigApiServices configApi(FakeAirbyteServer server) {
    return ConfigApiServices.create(server.configApiRoot(), bearer(server.issueToken()));
  }

  /** Executes a Retrofit call, failing the test on I/O errors. */
  public static <T> retrofit2.Response<T> run(Call<T> call) {
    try {
      return call.execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Executes a call that must succeed and returns its body. */
  public static <T> T ok(Call<T> call) {
    retrofit2.Response<T> response = run(call);
    if (!response.isSuccessful()) {
      String error;
      try (ResponseBody body = response.errorBody()) {
        error = body == null ? "" : body.string();
      } catch (IOException e) {
        error = e.toString();
      }
      throw new AssertionError("HTTP " + response.code() + ": " + error);
    }
    T body = response.body();
    if (body == null) {
      throw new AssertionError("HTTP " + response.code() + " without body");
    }
    return body;
  }

  /** Returns the error body text of a failed call. */
  public static String errorBody(retrofit2.Response<?> response) {
    try (ResponseBody body = response.errorBody()) {
      return body == null ? "" : body.string();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends a raw request with a bearer token; returns status and body. */
  public static RawResponse raw(FakeAirbyteServer server, String method, String url, String json) {
    return raw(bearer(server.issueToken()), method, url, json, "application/json");
  }

  public static RawResponse raw(OkHttpClient client, String method, String url, String body, String contentType) {
    RequestBody requestBody =
        body == null ? null : RequestBody.create(body, MediaType.get(contentType));
    Request request = new Request.Builder().url(url).method(method, requestBody).build();
    try (Response response = client.newCall(request).execute()) {
      ResponseBody responseBody = response.body();
      return new RawResponse(
          response.code(), responseBody == null ? "" : responseBody.string(), response.headers());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Status, body and headers of a raw exchange. */
  public static final class RawResponse {
    public final int status;
    public final String body;
    public final okhttp3.Headers headers;

    RawResponse(int status, String body, okhttp3.Headers headers) {
      this.status = status;
      this.body = body;
      this.headers = headers;
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
