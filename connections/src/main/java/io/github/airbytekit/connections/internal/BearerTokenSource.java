package io.github.airbytekit.connections.internal;

import io.github.airbytekit.connections.Secret;
import java.util.Locale;

/** A fixed bearer token supplied by the user; a {@code Bearer } prefix is tolerated once. */
public final class BearerTokenSource implements TokenSource {
  private final String token;

  /** Uses {@code token} for every request. */
  public BearerTokenSource(Secret token) {
    String value = token.reveal().trim();
    this.token = value.toLowerCase(Locale.ROOT).startsWith("bearer ") ? value.substring(7).trim() : value;
  }

  @Override
  public String token() {
    return token;
  }

  @Override
  public void invalidate(String rejected) {}

  @Override
  public boolean canRefresh() {
    return false;
  }
}
