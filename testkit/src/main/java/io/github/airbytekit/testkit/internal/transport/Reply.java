package io.github.airbytekit.testkit.internal.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One response and what a fault does to it: a delay before its head, or a cut in the middle of its body that
 * closes the connection.
 */
final class Reply {
  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private byte[] body = new byte[0];
  private Duration delay = Duration.ZERO;
  private boolean cut;
  private boolean close;

  Reply(int status) {
    this.status = status;
  }

  Reply header(String name, String value) {
    headers.remove(headerKey(name));
    headers.put(name, value);
    return this;
  }

  Reply body(String text) {
    this.body = text.getBytes(StandardCharsets.UTF_8);
    return this;
  }

  /** Waits {@code delay} before writing the head. */
  Reply delay(Duration delay) {
    this.delay = delay;
    return this;
  }

  /** Writes the head and half the body (half the head when there is none), then closes the connection. */
  Reply cutInBody() {
    this.cut = true;
    return this;
  }

  /** Closes the connection once written. */
  Reply closeAfter() {
    this.close = true;
    return header("Connection", "close");
  }

  /** Whether the connection must be closed after this reply. */
  boolean closesConnection() {
    return close || cut;
  }

  /** Writes this reply ({@code head}: the request was a HEAD, so no body), sleeping first for a delay. */
  void writeTo(OutputStream out, boolean head) throws IOException, InterruptedException {
    if (!delay.isZero()) {
      Thread.sleep(delay.toMillis(), delay.toNanosPart() % 1_000_000);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + body.length);
    StringBuilder text = new StringBuilder(256).append("HTTP/1.1 ").append(status).append(' ')
        .append(StatusReasons.of(status)).append("\r\n");
    headers.forEach((name, value) -> text.append(name).append(": ").append(value).append("\r\n"));
    boolean bodiless = status == 204 || status == 304 || status < 200;
    if (!bodiless) {
      text.append("Content-Length: ").append(body.length).append("\r\n");
    }
    text.append("\r\n");
    bytes.write(text.toString().getBytes(StandardCharsets.ISO_8859_1));
    if (!bodiless && !head) {
      bytes.write(body, 0, body.length);
    }
    // A cut lands in the middle of the body, or of the head when there is no body: never a whole response.
    int headLength = text.length();
    int length = !cut ? bytes.size() : bytes.size() > headLength ? headLength + (bytes.size() - headLength) / 2
        : headLength / 2;
    out.write(bytes.toByteArray(), 0, length);
    out.flush();
  }

  /** The key under which a header with this name (any case) is already stored, or the name itself. */
  private String headerKey(String name) {
    for (String key : headers.keySet()) {
      if (key.equalsIgnoreCase(name)) {
        return key;
      }
    }
    return name;
  }
}
