package io.github.airbytekit.testkit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where the dispatcher writes what it saw; implemented by the public journal. */
public interface CallRecorder {
  /** Records one request; headers and body must already be free of secrets. */
  void record(
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body,
      int responseStatus,
      Instant receivedAt);

  /** Counts one token handed out by the token endpoint. */
  void tokenMinted();

  /** Forgets everything recorded so far. */
  void clear();
}
