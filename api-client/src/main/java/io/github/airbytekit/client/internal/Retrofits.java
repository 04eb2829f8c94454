package io.github.airbytekit.client.internal;

import com.squareup.moshi.Moshi;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** Builds the Retrofit instance shared by the services of one API. */
public final class Retrofits {

  private Retrofits() {
  }

  /**
   * A Retrofit over {@code client} with our converter, and calls that recognize an answer echoing the state sent.
   *
   * @param baseUrl base URL ending in a slash
   * @param client the caller's OkHttp client (auth, timeouts, logging are its business)
   * @param moshi Moshi for bodies
   * @return a new Retrofit
   */
  public static Retrofit create(HttpUrl baseUrl, OkHttpClient client, Moshi moshi) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(client)
        .addConverterFactory(ApiConverterFactory.create(moshi))
        .addCallAdapterFactory(new EchoCallAdapterFactory(client, moshi))
        .validateEagerly(true)
        .build();
  }
}
