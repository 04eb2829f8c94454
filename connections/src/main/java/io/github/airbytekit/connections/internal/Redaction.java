package io.github.airbytekit.connections.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * The one place that knows what a secret looks like, for every text that leaves airbytekit (exception messages,
 * log lines, CLI output): masks every secret this holder was given (client secret, bearer token, minted access
 * tokens; {@link #maskKnown}), also whatever looks like one in a text a server supplied (a problem title that
 * echoes the request; {@link #scrub}), and credential-like query parameters and the user info of a URL
 * ({@link #url}). Thread-safe. The cli masks its output with it too (a qualified export).
 */
public final class Redaction {
  /** Shown instead of a masked value. */
  public static final String MASK = "****";
  /** {@code client_secret=…}, {@code "access_token": "…"}, {@code Authorization: Bearer …} and the like. */
  private static final Pattern NAMED = Pattern.compile(
      "(?i)(\"?\\b(?:client_secret|clientSecret|access_token|accessToken|refresh_token|password|authorization)"
          + "\"?\\s*[:=]\\s*\"?)(?:bearer\\s+)?[^\"&\\s,;}\\]]+");
  private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9._~+/=-]{4,}");
  /** Query parameters whose value is masked. */
  private static final Pattern SENSITIVE_PARAMETER =
      Pattern.compile(".*(token|secret|password|passwd|key|code|auth|signature).*");

  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  /** A holder of no secret yet: it masks only what looks like a credential. */
  public Redaction() {}

  /** A holder of {@code secrets} (nulls and values shorter than 4 characters are skipped, as by {@link #add}). */
  public static Redaction of(@Nullable String... secrets) {
    Redaction redaction = new Redaction();
    for (String secret : secrets) {
      redaction.add(secret);
    }
    return redaction;
  }

  /** Adds a secret to mask from now on; values shorter than 4 characters would mask ordinary words. */
  public void add(@Nullable String secret) {
    if (secret != null && secret.length() >= 4) {
      secrets.add(secret);
    }
  }

  /**
   * {@code text} with every known secret and everything that looks like a credential masked: for texts a server
   * supplied (problem titles and details), which may echo credentials this holder never saw.
   */
  public String scrub(String text) {
    String result = NAMED.matcher(maskKnown(text)).replaceAll("$1" + MASK);
    return BEARER.matcher(result).replaceAll("$1" + MASK);
  }

  /**
   * {@code text} with every known secret masked, and nothing else: for airbytekit's own wording (such as the CLI's
   * messages), which names credentials by kind ("a bearer token") without holding one, and whose server-supplied
   * parts have been {@linkplain #scrub scrubbed} where they entered.
   */
  public String maskKnown(String text) {
    String result = text;
    // Longest first, so a secret containing another is masked whole.
    List<String> longestFirst = secrets.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    for (String secret : longestFirst) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** Like {@link #scrub(String)}, passing null through. */
  public @Nullable String scrubNullable(@Nullable String text) {
    return text == null ? null : scrub(text);
  }

  /** {@code url} without user info and with the values of credential-like query parameters masked. */
  public static String url(HttpUrl url) {
    HttpUrl.Builder masked = url.newBuilder().username("").password("");
    if (url.querySize() > 0) {
      masked.query(null);
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        boolean sensitive = SENSITIVE_PARAMETER.matcher(name.toLowerCase(Locale.ROOT)).matches();
        masked.addQueryParameter(name, sensitive ? MASK : url.queryParameterValue(i));
      }
    }
    return masked.build().toString();
  }
}
