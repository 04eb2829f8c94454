package io.github.airbytekit.testkit.support;

import java.util.ArrayList;
import java.util.List;

/** Every response the fake sent to a test client, for the openapi conformance check. */
public final class CapturedResponses {
  /** One captured exchange. */
  public static final class Captured {
    public final String method;
    public final String path;
    public final int status;
    public final String contentType;
    public final String body;

    Captured(String method, String path, int status, String contentType, String body) {
      this.method = method;
      this.path = path;
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }

    @Override
    public String toString() {
      return method + " " + path + " -> " + status;
    }
  }

  private static final List<Captured> CAPTURED = new ArrayList<>();
  private static long total;

  private CapturedResponses() {}

  static synchronized void add(String method, String path, int status, String contentType, String body) {
    CAPTURED.add(new Captured(method, path, status, contentType, body));
    total++;
  }

  /** Returns and forgets everything captured so far. */
  public static synchronized List<Captured> drain() {
    List<Captured> copy = new ArrayList<>(CAPTURED);
    CAPTURED.clear();
    return copy;
  }

  public static synchronized long total() {
    return total;
  }
}
