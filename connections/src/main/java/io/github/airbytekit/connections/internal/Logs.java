package io.github.airbytekit.connections.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library's loggers, one per concern, and the masking every logged URL goes through. Bodies and headers are
 * never logged; an SLF4J binding is the application's choice.
 */
public final class Logs {
  /** One line per HTTP attempt at DEBUG: method, masked URL, status, duration. */
  public static final Logger HTTP = LoggerFactory.getLogger("io.github.airbytekit.http");
  /** Retries of reads at INFO. */
  public static final Logger RETRY = LoggerFactory.getLogger("io.github.airbytekit.retry");
  /** Token mints at DEBUG (client id and lifetime, never the token). */
  public static final Logger AUTH = LoggerFactory.getLogger("io.github.airbytekit.auth");
  /** Sync progress at DEBUG after every poll. */
  public static final Logger SYNC = LoggerFactory.getLogger("io.github.airbytekit.sync");
  /** Failures of a user's event listener at WARN. */
  public static final Logger EVENTS = LoggerFactory.getLogger("io.github.airbytekit.events");

  /** Query parameters whose value is masked. */
  private static final Pattern SENSITIVE = Pattern.compile(".*(token|secret|password|passwd|key|code|auth|signature).*");

  /** Shown instead of a masked value. */
  public static final String MASK = "****";

  private Logs() {}

  /** {@code url} without user info and with the values of credential-like query parameters masked. */
  public static String redact(HttpUrl url) {
    HttpUrl.Builder masked = url.newBuilder().username("").password("");
    if (url.querySize() > 0) {
      masked.query(null);
      for (int i = 0; i < url.querySize(); i++) {
        String name = url.queryParameterName(i);
        boolean sensitive = SENSITIVE.matcher(name.toLowerCase(Locale.ROOT)).matches();
        masked.addQueryParameter(name, sensitive ? MASK : url.queryParameterValue(i));
      }
    }
    return masked.build().toString();
  }
}
