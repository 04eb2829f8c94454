package io.github.airbytekit.client.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.internal.PreRead;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Adapts the calls that answer with a domain value (a state) to {@link EchoedCall}: when the answer is the value
 * the request sent, byte for byte (Airbyte echoes the state it stored), the call returns the value sent instead of
 * reading a second copy of it.
 */
final class EchoCallAdapterFactory extends CallAdapter.Factory {
  private final okhttp3.Call.Factory client;
  private final Moshi moshi;

  EchoCallAdapterFactory(okhttp3.Call.Factory client, Moshi moshi) {
    this.client = client;
    this.moshi = moshi;
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (getRawType(returnType) != Call.class || !(returnType instanceof ParameterizedType)) {
      return null;
    }
    Type answer = getParameterUpperBound(0, (ParameterizedType) returnType);
    if (!(answer instanceof Class) || !isDomainValue(answer)) {
      return null; // nothing big to echo
    }
    return adapter((Class<?>) answer, annotations, retrofit);
  }

  private boolean isDomainValue(Type type) {
    try {
      return PreRead.Plan.of(moshi.adapter(type), Map.of()) != null;
    } catch (IllegalArgumentException e) {
      return false; // no adapter (Void): the converter decides what to do with such bodies
    }
  }

  private <T> CallAdapter<T, Call<T>> adapter(Class<T> answer, Annotation[] annotations, Retrofit retrofit) {
    JsonAdapter<T> writer = moshi.adapter(answer);
    Converter<ResponseBody, T> reader = retrofit.responseBodyConverter(answer, annotations);
    return new CallAdapter<>() {
      @Override
      public Type responseType() {
        return answer;
      }

      @Override
      public Call<T> adapt(Call<T> call) {
        return new EchoedCall<>(call, client, answer, writer, reader);
      }
    };
  }
}
