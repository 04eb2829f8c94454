package io.github.airbytekit.testkit.internal;

import io.github.airbytekit.testkit.internal.http.Exchange;
import io.github.airbytekit.testkit.internal.http.RequestHeaders;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Records requests in the journal without secrets: {@code Authorization} masked, cookies and client secrets dropped. */
public final class Journaling {
  private final CallRecorder journal;

  public Journaling(CallRecorder journal) {
    this.journal = journal;
  }

  void record(Exchange exchange, int status, Instant receivedAt) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    RequestHeaders raw = exchange.headers();
    for (String name : raw.names()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("cookie")) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (String value : raw.values(name)) {
        values.add(lower.equals("authorization") ? maskAuthorization(value) : value);
      }
      headers.put(lower, values);
    }
    String body = exchange.body();
    if (exchange.path().endsWith("/applications/token")) {
      // Possessive: a plain (a|b)* recurses per character and overflows the stack on long secrets.
      body =
          body.replaceAll("(\"client_secret\"\\s*:\\s*)\"(?:[^\"\\\\]++|\\\\.)*+\"", "$1\"**********\"")
              .replaceAll("(^|&)client_secret=[^&]*", "$1client_secret=**********");
    }
    journal.record(exchange.method(), exchange.path(), exchange.query(), headers, body, status, receivedAt);
  }

  private static String maskAuthorization(String value) {
    int space = value.indexOf(' ');
    return (space > 0 ? value.substring(0, space + 1) : "") + "**********";
  }
}
