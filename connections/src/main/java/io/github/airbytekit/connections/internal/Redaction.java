package io.github.airbytekit.connections.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Masks credentials in texts that reach messages: every secret this workspace holds or was given (client secret,
 * bearer token, minted access tokens), and whatever looks like one in a text Airbyte supplied (a problem title
 * that echoes the request). Thread-safe.
 */
public final class Redaction {
  static final String MASK = "****";
  /** {@code client_secret=…}, {@code "access_token": "…"}, {@code Authorization: Bearer …} and the like. */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)(\"?\\b(?:client_secret|clientSecret|access_token|accessToken|refresh_token|password|authorization)"
          + "\"?\\s*[:=]\\s*\"?)(?:bearer\\s+)?[^\"&\\s,;}\\]]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]{4,}");

  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  /** Adds a secret to mask from now on; values shorter than 4 characters would mask ordinary words. */
  public void add(@Nullable String secret) {
    if (secret != null && secret.length() >= 4) {
      secrets.add(secret);
    }
  }

  /** {@code text} with every known secret and everything that looks like a credential masked. */
  public @Nullable String scrub(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String result = text;
    List<String> longestFirst = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String secret : longestFirst) {
      result = result.replace(secret, MASK);
    }
    result = NAMED.matcher(result).replaceAll("$1" + MASK);
    return BEARER.matcher(result).replaceAll("$1" + MASK);
  }
}
