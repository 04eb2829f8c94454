package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer plus services bound to it, the way users bind them to Airbyte. */
abstract class ApiServerFixture {

  static final String TOKEN = "test-token-123";

  /** Plain Moshi, used only to compare JSON structurally in assertions (small numbers only). */
  private static final JsonAdapter<Object> TREE = new Moshi.Builder().build().adapter(Object.class);

  MockWebServer server;
  PublicApiServices publicApi;
  ConfigApiServices configApi;

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
    OkHttpClient client = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + TOKEN)
            .build()))
        .build();
    publicApi = PublicApiServices.create(server.url("/api/public/v1").toString(), client);
    configApi = ConfigApiServices.create(server.url("/api/v1").toString(), client);
  }

  @AfterEach
  void stopServer() throws IOException {
    server.close();
  }

  void enqueueJson(int code, String json) {
    server.enqueue(new MockResponse()
        .setResponseCode(code)
        .addHeader("Content-Type", "application/json")
        .setBody(json)
        );
  }

  void enqueueProblem(int code, String json) {
    server.enqueue(new MockResponse()
        .setResponseCode(code)
        .addHeader("Content-Type", "application/problem+json")
        .setBody(json)
        );
  }

  void enqueueNoContent() {
    server.enqueue(new MockResponse().setResponseCode(204));
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("request received within 5 s").isNotNull();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
    return request;
  }

  static String body(RecordedRequest request) {
    return request.getBody().snapshot().utf8();
  }

  /** Asserts a JSON POST/PATCH: method, path, JSON content type and structurally equal body. */
  static void assertJsonRequest(RecordedRequest request, String method, String path, String expectedJson)
      throws IOException {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    assertThat(request.getHeaders().get("Accept")).contains("application/json");
    assertThat(TREE.fromJson(body(request))).isEqualTo(TREE.fromJson(expectedJson));
  }

  /** Asserts a body-less request: method, path and no body. */
  static void assertEmptyRequest(RecordedRequest request, String method, String path) {
    assertThat(request.getMethod()).isEqualTo(method);
    assertThat(request.getRequestUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getBodySize()).isZero();
    assertThat(request.getHeaders().get("Content-Type")).isNull();
    assertThat(request.getHeaders().get("Accept")).contains("application/json", "application/problem+json");
  }
}
