package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.connections.AirbyteApiException;
import io.github.airbytekit.connections.AirbyteTransportException;
import java.io.IOException;
import java.lang.reflect.Type;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/** Executes one JSON request and maps every failure into the library's exception hierarchy. */
public final class Http {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient client;
  private final Moshi moshi;

  /** Writes a JSON request body. */
  @FunctionalInterface
  public interface Body {
    /** Writes exactly one JSON value. */
    void write(JsonWriter writer) throws IOException;
  }

  public Http(OkHttpClient client, Moshi moshi) {
    this.client = client;
    this.moshi = moshi;
  }

  public Moshi moshi() {
    return moshi;
  }

  public OkHttpClient client() {
    return client;
  }

  /** A JSON request body. */
  public RequestBody json(Body body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      body.write(writer);
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  /** Writes {@code value} with the adapter for {@code type}. */
  public <T> void writeValue(JsonWriter writer, Class<T> type, T value) throws IOException {
    moshi.adapter(type).toJson(writer, value);
  }

  /** Sends {@code method url} and parses the response as {@code type}. */
  public <T> T call(String method, HttpUrl url, @Nullable Body body, Type type) {
    Request request = request(method, url, body);
    try (Response response = execute(request)) {
      return parse(request, response, type);
    }
  }

  /** Sends {@code method url} and returns the response body as text, exactly as received. */
  public String callText(String method, HttpUrl url, @Nullable Body body) {
    Request request = request(method, url, body);
    try (Response response = execute(request)) {
      String text = response.body().string();
      if (text.isBlank()) {
        throw emptyBody(request, response.code());
      }
      return text;
    } catch (IOException e) {
      throw new AirbyteTransportException(request.method(), HttpErrors.redact(request), e);
    }
  }

  /** Sends {@code method url}, accepting any 2xx response and ignoring its body. */
  public void callNoContent(String method, HttpUrl url, @Nullable Body body) {
    Request request = request(method, url, body);
    execute(request).close();
  }

  /** Sends {@code request}; returns the successful response, or throws the mapped failure. */
  public Response execute(Request request) {
    Response response;
    try {
      response = client.newCall(request).execute();
    } catch (IOException e) {
      throw new AirbyteTransportException(request.method(), HttpErrors.redact(request), e);
    }
    if (!response.isSuccessful()) {
      AirbyteApiException failure = HttpErrors.toException(request, response);
      response.close();
      throw failure;
    }
    return response;
  }

  public Request request(String method, HttpUrl url, @Nullable Body body) {
    return new Request.Builder()
        .url(url)
        .method(method, body == null ? (method.equals("POST") || method.equals("PATCH") ? json(w -> w.beginObject().endObject()) : null) : json(body))
        .header("Accept", "application/json")
        .build();
  }

  private <T> T parse(Request request, Response response, Type type) {
    ResponseBody body = response.body();
    try {
      String text = body.string();
      if (text.isBlank()) {
        throw emptyBody(request, response.code());
      }
      JsonAdapter<T> adapter = moshi.adapter(type);
      T value = adapter.fromJson(text);
      if (value == null) {
        throw emptyBody(request, response.code());
      }
      return value;
    } catch (JsonDataException | com.squareup.moshi.JsonEncodingException e) {
      throw new AirbyteApiException(response.code(), request.method(), HttpErrors.redact(request),
          "response is not the expected JSON (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw new AirbyteTransportException(request.method(), HttpErrors.redact(request), e);
    }
  }

  private static AirbyteApiException emptyBody(Request request, int code) {
    return new AirbyteApiException(code, request.method(), HttpErrors.redact(request), "response has no body");
  }
}
