package io.github.airbytekit.testkit.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** Issued bearer tokens and their expiry. Thread-safe. */
public final class TokenBook {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Clock clock;
  private final Duration lifetime;
  private final Map<String, Instant> expiries = new HashMap<>();

  public TokenBook(Clock clock, Duration lifetime) {
    this.clock = clock;
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }

  public synchronized String mint() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    String token = "fake." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    expiries.put(token, clock.instant().plus(lifetime));
    return token;
  }

  /** Returns null when {@code token} is valid now, else why it is not. */
  public synchronized @org.jspecify.annotations.Nullable String problem(String token) {
    Instant expiry = expiries.get(token);
    if (expiry == null) {
      return "Unknown bearer token";
    }
    if (!clock.instant().isBefore(expiry)) {
      return "Bearer token expired";
    }
    return null;
  }

  public synchronized void expireAll() {
    Instant past = clock.instant().minusSeconds(1);
    expiries.replaceAll((token, expiry) -> past);
  }

  public static String randomSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
