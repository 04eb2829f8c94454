package io.github.airbytekit.testkit.internal.routes;

import io.github.airbytekit.client.publicapi.model.AccessTokenRequest;
import io.github.airbytekit.client.publicapi.model.AccessTokenResponse;
import io.github.airbytekit.client.publicapi.model.TokenTypeEnum;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.testkit.internal.CallRecorder;
import io.github.airbytekit.testkit.internal.Json;
import io.github.airbytekit.testkit.internal.JsonTree;
import io.github.airbytekit.testkit.internal.Shapes;
import io.github.airbytekit.testkit.internal.TokenBook;
import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.HttpProblem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/** {@code POST /applications/token} with a JSON or form body. */
final class TokenRoute {
  private final String clientId;
  private final String clientSecret;
  private final TokenBook tokens;
  private final CallRecorder journal;

  TokenRoute(String clientId, String clientSecret, TokenBook tokens, CallRecorder journal) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.tokens = tokens;
    this.journal = journal;
  }

  void handle(Exchange exchange) {
    String contentType = exchange.headers().get("Content-Type");
    String id;
    String secret;
    String grantType;
    if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      id = null;
      secret = null;
      grantType = null;
      for (String pair : exchange.body().split("&")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        switch (name) {
          case "client_id":
            id = value;
            break;
          case "client_secret":
            secret = value;
            break;
          case "grant_type":
            grantType = value;
            break;
          default:
            // Form fields Airbyte does not know are ignored, as its server does.
        }
      }
    } else {
      String filtered = Shapes.ACCESS_TOKEN_REQUEST.filter(exchange.body(), false, 400);
      // The model requires grant_type; Airbyte does not (PyAirbyte's Config-API token call omits it).
      Map<String, Object> fields = JsonTree.object(JsonTree.parse(filtered));
      if (fields != null && fields.get("grant_type") == null) {
        fields.put("grant_type", JsonTree.string("client_credentials"));
        filtered = JsonTree.write(fields);
      }
      AccessTokenRequest request = Json.read(filtered, AccessTokenRequest.class, 400);
      id = request.getClientId();
      secret = request.getClientSecret();
      grantType = OpenValue.wireValueOf(request.getGrantType());
    }
    if (id == null || secret == null) {
      throw HttpProblem.badRequest("client_id and client_secret are required");
    }
    if (grantType != null && !grantType.equals("client_credentials")) {
      throw HttpProblem.badRequest("Unsupported grant_type: " + grantType);
    }
    if (!constantTimeEquals(id, clientId) || !constantTimeEquals(secret, clientSecret)) {
      throw HttpProblem.unauthorized("Invalid client credentials");
    }
    String token = tokens.mint();
    journal.tokenMinted();
    exchange.ok(
        new AccessTokenResponse()
            .accessToken(token)
            .tokenType(TokenTypeEnum.BEARER)
            .expiresIn(tokens.lifetime().getSeconds()));
  }

  private static boolean constantTimeEquals(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
