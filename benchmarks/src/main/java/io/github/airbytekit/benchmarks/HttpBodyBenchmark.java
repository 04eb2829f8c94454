package io.github.airbytekit.benchmarks;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import io.github.airbytekit.client.ApiMoshi;
import io.github.airbytekit.client.configapi.api.StateApi;
import io.github.airbytekit.client.configapi.api.WebBackendApi;
import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.internal.Retrofits;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * HTTP body → domain: a {@code state/get} and a {@code web_backend/connections/get} body of about 10 MB each, read
 * by the response converter Retrofit picks for the generated method at run time (same annotations, same Moshi),
 * next to a bare verbatim copy of the same bytes. {@code nestedAdapter*} reads the same values through the Moshi
 * adapter alone, the path of a domain value that is not the body or a top-level property of it.
 */
public class HttpBodyBenchmark extends BenchmarkSettings {
  private static final MediaType JSON = MediaType.get("application/json");

  byte[] stateBody;
  byte[] connectionBody;
  Converter<ResponseBody, ConnectionState> stateConverter;
  Converter<ResponseBody, WebBackendConnectionRead> connectionConverter;

  @Setup
  public void setUp() throws NoSuchMethodException {
    stateBody = Documents.configState(10_000);
    connectionBody = Documents.webBackendConnection(2_400);
    Retrofit retrofit = Retrofits.create(HttpUrl.get("http://localhost/api/"), new OkHttpClient(), ApiMoshi.moshi());
    stateConverter = converter(retrofit, StateApi.class.getMethod("getState", ConnectionIdRequestBody.class));
    connectionConverter = converter(retrofit,
        WebBackendApi.class.getMethod("webBackendGetConnection", WebBackendConnectionRequestBody.class));
  }

  private static <T> Converter<ResponseBody, T> converter(Retrofit retrofit, Method method) {
    Type body = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0]; // Call<T>
    return retrofit.responseBodyConverter(body, method.getAnnotations());
  }

  @Benchmark
  public long stateBodyBareCopy() throws IOException {
    return ConversionBenchmark.bareCopy(stateBody);
  }

  @Benchmark
  public ConnectionState stateBodyToDomain() throws IOException {
    return stateConverter.convert(ResponseBody.create(stateBody, JSON));
  }

  @Benchmark
  public ConnectionState stateNestedAdapter() throws IOException {
    JsonAdapter<ConnectionState> adapter = ApiMoshi.moshi().adapter(ConnectionState.class);
    return adapter.fromJson(JsonReader.of(new Buffer().write(stateBody)));
  }

  @Benchmark
  public long connectionBodyBareCopy() throws IOException {
    return ConversionBenchmark.bareCopy(connectionBody);
  }

  @Benchmark
  public SyncCatalog connectionBodyToDomain() throws IOException {
    return connectionConverter.convert(ResponseBody.create(connectionBody, JSON)).getSyncCatalog();
  }
}
