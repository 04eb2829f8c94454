package io.github.airbytekit.connections.internal;

import io.github.airbytekit.client.publicapi.api.ApplicationsApi;
import io.github.airbytekit.connections.AirbyteEventListener;
import io.github.airbytekit.connections.Secret;
import java.time.Clock;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One kind of credentials, checked by the workspace builder: a bearer token, or a client id and secret.
 *
 * @param bearerToken the bearer token, or null for client credentials
 * @param clientId the client id, or null for a bearer token
 * @param clientSecret the client secret, or null for a bearer token
 */
public record Credentials(@Nullable Secret bearerToken, @Nullable String clientId, @Nullable Secret clientSecret) {

  /** The token source: fixed for a bearer token, fetched through {@code tokenApi} for client credentials. */
  TokenSource tokens(Gateway gateway, ApplicationsApi tokenApi, Clock clock, AirbyteEventListener events) {
    Secret bearer = bearerToken;
    if (bearer != null) {
      return new BearerTokenSource(bearer);
    }
    return new ClientCredentialsTokenSource(gateway, tokenApi, Objects.requireNonNull(clientId),
        Objects.requireNonNull(clientSecret), clock, events);
  }

  /** {@code bearer token} or {@code client credentials (id, Secret[****])}: never a secret. */
  public String describe() {
    return bearerToken != null ? "bearer token" : "client credentials (" + clientId + ", " + clientSecret + ")";
  }
}
