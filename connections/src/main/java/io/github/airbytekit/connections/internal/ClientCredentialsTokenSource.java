package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.publicapi.api.ApplicationsApi;
import io.github.airbytekit.client.publicapi.model.AccessTokenRequest;
import io.github.airbytekit.client.publicapi.model.GrantTypeEnum;
import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.Secret;
import io.github.airbytekit.domain.OpenValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Client-credentials tokens from {@code POST {apiRoot}/applications/token}: one token per lifetime for both APIs,
 * refreshed shortly before {@code expires_in} runs out, one refresh in flight at a time. The token call goes
 * through the gateway like every other call: a refused grant is an {@code AirbyteAuthException}, a 5xx or 429
 * (after the read retries) an {@code AirbyteApiException} or {@code AirbyteRateLimitException}, and an answer
 * without {@code access_token} an {@code AirbyteResponseException}.
 */
public final class ClientCredentialsTokenSource implements TokenSource {
  private static final Duration MAX_REFRESH_MARGIN = Duration.ofSeconds(60);

  private final Gateway gateway;
  private final ApplicationsApi api;
  private final String clientId;
  private final Secret clientSecret;
  private final Clock clock;
  private final AirbyteEventListener events;
  private final ReentrantLock refreshLock = new ReentrantLock();
  private volatile @Nullable CachedToken current;

  /**
   * A token value and when to refresh it.
   *
   * @param refreshAt null when the server gave no lifetime: keep it until a 401
   * @param lifetime the lifetime the server gave, or null
   */
  private record CachedToken(String value, @Nullable Instant refreshAt, @Nullable Duration lifetime) {}

  /**
   * {@code api} must be bound to a client without the auth interceptor (it would ask itself for a token); each mint
   * is logged and reported to {@code events}.
   */
  public ClientCredentialsTokenSource(Gateway gateway, ApplicationsApi api, String clientId, Secret clientSecret,
      Clock clock, AirbyteEventListener events) {
    this.gateway = gateway;
    this.api = api;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public String token() {
    CachedToken cached = current;
    if (isFresh(cached)) {
      return cached.value();
    }
    refreshLock.lock();
    try {
      cached = current;
      if (isFresh(cached)) {
        return cached.value(); // Another thread refreshed while this one waited.
      }
      CachedToken fetched = fetch();
      current = fetched;
      minted(fetched, cached != null);
      return fetched.value();
    } finally {
      refreshLock.unlock();
    }
  }

  private boolean isFresh(@Nullable CachedToken cached) {
    return cached != null && (cached.refreshAt() == null || clock.instant().isBefore(cached.refreshAt()));
  }

  private void minted(CachedToken token, boolean refreshed) {
    Instant refreshAt = token.refreshAt();
    Logs.AUTH.debug("{} an access token for client {} ({})", refreshed ? "Refreshed" : "Minted", clientId,
        refreshAt == null ? "no lifetime given" : "refresh at " + refreshAt);
    events.tokenMinted(token.lifetime());
  }

  @Override
  public void invalidate(String rejected) {
    refreshLock.lock();
    try {
      CachedToken cached = current;
      if (cached != null && cached.value().equals(rejected)) {
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
    AccessTokenRequest request = new AccessTokenRequest().clientId(clientId).clientSecret(clientSecret.reveal())
        .grantType(GrantTypeEnum.CLIENT_CREDENTIALS);
    Instant requestedAt = clock.instant();
    return gateway.call(api.createAccessToken(request), null, (body, answer) -> {
      String accessToken = body.getAccessToken();
      gateway.redaction().add(accessToken); // before any check: no message may show it
      String tokenType = OpenValue.wireValueOf(answer.optional(body::getTokenType));
      if (accessToken.isEmpty()) {
        throw ResponseFailures.unexpected(answer.call(), answer.status(), "access_token", "empty access_token");
      }
      if (tokenType != null && !tokenType.equalsIgnoreCase("Bearer")) {
        throw ResponseFailures.unexpected(answer.call(), answer.status(), "token_type",
            "unexpected token_type " + tokenType);
      }
      Long expiresIn = answer.optional(body::getExpiresIn);
      if (expiresIn == null) {
        return new CachedToken(accessToken, null, null);
      }
      Duration lifetime = Duration.ofSeconds(Math.max(0, expiresIn));
      // Refresh a little early so a request never leaves with a token about to expire in flight.
      Duration margin = lifetime.dividedBy(10);
      if (margin.compareTo(MAX_REFRESH_MARGIN) > 0) {
        margin = MAX_REFRESH_MARGIN;
      }
      return new CachedToken(accessToken, requestedAt.plus(lifetime).minus(margin), lifetime);
    });
  }
}
