package io.github.airbytekit.connections.internal;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.connections.AirbyteAuthException;
import io.github.airbytekit.connections.AirbyteTransportException;
import io.github.airbytekit.connections.Secret;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Client-credentials tokens from {@code POST {apiRoot}/applications/token}: one token per lifetime for
 * both APIs, refreshed shortly before {@code expires_in} runs out, one refresh in flight at a time.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final Duration MAX_REFRESH_MARGIN = Duration.ofSeconds(60);

  private final OkHttpClient client;
  private final HttpUrl tokenUrl;
  private final String clientId;
  private final Secret clientSecret;
  private final Clock clock;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile @Nullable CachedToken current;

  private static final class CachedToken {
    final String value;
    final @Nullable Instant refreshAt; // null: the server gave no lifetime; keep until a 401

    CachedToken(String value, @Nullable Instant refreshAt) {
      this.value = value;
      this.refreshAt = refreshAt;
    }
  }

  /** {@code client} must not carry the auth interceptor (it would ask itself for a token). */
  public ClientCredentialsTokenSource(
      OkHttpClient client, String apiRoot, String clientId, Secret clientSecret, Clock clock) {
    this.client = client;
    this.tokenUrl = HttpUrl.get(apiRoot + "/applications/token");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
  }

  @Override
  public String token() {
    CachedToken cached = current;
    if (isFresh(cached)) {
      return cached.value;
    }
    refreshLock.lock();
    try {
      cached = current;
      if (isFresh(cached)) {
        return cached.value; // Another thread refreshed while this one waited.
      }
      CachedToken fetched = fetch();
      current = fetched;
      return fetched.value;
    } finally {
      refreshLock.unlock();
    }
  }

  private boolean isFresh(@Nullable CachedToken cached) {
    return cached != null && (cached.refreshAt == null || clock.instant().isBefore(cached.refreshAt));
  }

  @Override
  public void invalidate(String rejected) {
    refreshLock.lock();
    try {
      CachedToken cached = current;
      if (cached != null && cached.value.equals(rejected)) {
        current = null;
      }
    } finally {
      refreshLock.unlock();
    }
  }

  @Override
  public boolean canRefresh() {
    return true;
  }

  private CachedToken fetch() {
    Request request = new Request.Builder().url(tokenUrl).post(RequestBody.create(body(), JSON))
        .header("Accept", "application/json").build();
    Instant requestedAt = clock.instant();
    try (Response response = client.newCall(request).execute()) {
      if (!response.isSuccessful()) {
        String title = HttpErrors.problemTitle(response.body());
        throw new AirbyteAuthException(response.code(), "POST", tokenUrl.toString(),
            title != null ? title : "could not obtain an access token with these client credentials");
      }
      return parse(response.body().source().readUtf8(), requestedAt);
    } catch (IOException e) {
      throw new AirbyteTransportException("POST", tokenUrl.toString(), e);
    }
  }

  private String body() {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.beginObject();
      writer.name("client_id").value(clientId);
      writer.name("client_secret").value(clientSecret.reveal());
      writer.name("grant_type").value("client_credentials");
      writer.endObject();
    } catch (IOException impossible) {
      throw new IllegalStateException(impossible);
    }
    return buffer.readUtf8();
  }

  private CachedToken parse(String json, Instant requestedAt) throws IOException {
    String accessToken = null;
    String tokenType = null;
    Long expiresIn = null;
    JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json));
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.skipValue();
      } else if (name.equals("access_token")) {
        accessToken = reader.nextString();
      } else if (name.equals("token_type")) {
        tokenType = reader.nextString();
      } else if (name.equals("expires_in")) {
        expiresIn = (long) reader.nextDouble();
      } else {
        reader.skipValue();
      }
    }
    if (accessToken == null || accessToken.isEmpty()) {
      throw new AirbyteAuthException(200, "POST", tokenUrl.toString(), "token response has no access_token");
    }
    if (tokenType != null && !tokenType.equalsIgnoreCase("Bearer")) {
      throw new AirbyteAuthException(200, "POST", tokenUrl.toString(), "unexpected token_type " + tokenType);
    }
    if (expiresIn == null) {
      return new CachedToken(accessToken, null);
    }
    Duration lifetime = Duration.ofSeconds(Math.max(0, expiresIn));
    // Refresh a little early so a request never leaves with a token about to expire in flight.
    Duration margin = lifetime.dividedBy(10);
    if (margin.compareTo(MAX_REFRESH_MARGIN) > 0) {
      margin = MAX_REFRESH_MARGIN;
    }
    return new CachedToken(accessToken, requestedAt.plus(lifetime).minus(margin));
  }
}
