package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A call whose successful answer is compared with the value of type {@code T} its request body carries (as
 * {@link EchoCheck} does, streaming): the same bytes give back the value sent, other bytes are read by the
 * converter as any answer is. Without such a value in the request, or when enqueued, it is the plain call.
 */
final class EchoedCall<T> implements Call<T> {
  private final Call<T> delegate;
  private final okhttp3.Call.Factory client;
  private final Class<T> answer;
  private final JsonAdapter<T> writer;
  private final retrofit2.Converter<ResponseBody, T> reader;
  private volatile okhttp3.@Nullable Call raw;
  private volatile boolean canceled;

  EchoedCall(Call<T> delegate, okhttp3.Call.Factory client, Class<T> answer, JsonAdapter<T> writer,
      retrofit2.Converter<ResponseBody, T> reader) {
    this.delegate = delegate;
    this.client = client;
    this.answer = answer;
    this.writer = writer;
    this.reader = reader;
  }

  @Override
  public Response<T> execute() throws IOException {
    RequestBody body = delegate.request().body();
    T sent = body instanceof StreamedJsonBody ? ((StreamedJsonBody<?>) body).member(answer) : null;
    if (sent == null) {
      return delegate.execute();
    }
    okhttp3.Call call = client.newCall(delegate.request());
    raw = call;
    if (canceled) {
      call.cancel();
    }
    return parse(call.execute(), sent);
  }

  /** As Retrofit parses an answer: an error with its body buffered, 204/205 without a value, else the value. */
  private Response<T> parse(okhttp3.Response response, T sent) throws IOException {
    try (ResponseBody body = response.body()) {
      MediaType type = body == null ? null : body.contentType();
      okhttp3.Response bare = response.newBuilder().body(ResponseBody.create(new byte[0], type)).build();
      if (body == null) {
        return Response.success(null, bare);
      }
      int code = response.code();
      if (code < 200 || code >= 300) {
        Buffer error = new Buffer();
        body.source().readAll(error);
        return Response.error(ResponseBody.create(error, type, error.size()), bare);
      }
      if (code == 204 || code == 205) {
        return Response.success(null, bare);
      }
      Buffer other = EchoCheck.compare(writer, sent, body.source());
      return Response.success(other == null ? sent : reader.convert(ResponseBody.create(other, type, other.size())),
          bare);
    }
  }

  @Override
  public void enqueue(Callback<T> callback) {
    delegate.enqueue(callback);
  }

  @Override
  public boolean isExecuted() {
    return raw != null || delegate.isExecuted();
  }

  @Override
  public void cancel() {
    canceled = true;
    okhttp3.Call call = raw;
    if (call != null) {
      call.cancel();
    }
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return canceled || delegate.isCanceled();
  }

  @Override
  public Call<T> clone() {
    return new EchoedCall<>(delegate.clone(), client, answer, writer, reader);
  }

  @Override
  public okhttp3.Request request() {
    return delegate.request();
  }

  @Override
  public Timeout timeout() {
    okhttp3.Call call = raw;
    return call != null ? call.timeout() : delegate.timeout();
  }
}
