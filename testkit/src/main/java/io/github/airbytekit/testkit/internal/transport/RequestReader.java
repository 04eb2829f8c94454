package io.github.airbytekit.testkit.internal.transport;

import io.github.airbytekit.testkit.internal.http.RequestHeaders;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTTP/1.1 requests from one connection: request line, headers, and a body framed by
 * {@code Content-Length} or {@code Transfer-Encoding: chunked}. Answers {@code Expect: 100-continue}.
 */
final class RequestReader {
  /** Longest request line or header line accepted. */
  static final int MAX_LINE = 64 * 1024;

  /** Most header lines accepted. */
  static final int MAX_HEADERS = 200;

  /** Largest body accepted (state documents can be large). */
  static final long MAX_BODY = 1024L * 1024 * 1024;

  private final InputStream in;
  private final OutputStream out;

  RequestReader(InputStream in, OutputStream out) {
    this.in = in;
    this.out = out;
  }

  /** The next request, or null when the client closed the connection between requests. */
  @Nullable HttpRequest next() throws IOException, MalformedRequestException {
    String requestLine = readLine();
    while (requestLine != null && requestLine.isEmpty()) {
      requestLine = readLine(); // RFC 9112 2.2: ignore empty lines before a request line.
    }
    if (requestLine == null) {
      return null;
    }
    String[] parts = requestLine.split(" ", -1);
    if (parts.length != 3 || parts[0].isEmpty() || parts[1].isEmpty() || !parts[2].startsWith("HTTP/1.")) {
      throw new MalformedRequestException(400, "bad request line");
    }
    RequestHeaders headers = readHeaders();
    if ("100-continue".equalsIgnoreCase(headers.get("Expect"))) {
      out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
    }
    return new HttpRequest(parts[0], parts[1], parts[2], headers, readBody(headers));
  }

  private RequestHeaders readHeaders() throws IOException, MalformedRequestException {
    RequestHeaders.Builder headers = RequestHeaders.builder();
    for (int count = 0; ; count++) {
      String line = readLine();
      if (line == null) {
        throw new MalformedRequestException(400, "connection closed inside the headers");
      }
      if (line.isEmpty()) {
        return headers.build();
      }
      int colon = line.indexOf(':');
      if (colon <= 0 || count >= MAX_HEADERS) {
        throw new MalformedRequestException(count >= MAX_HEADERS ? 431 : 400, "bad header line");
      }
      headers.add(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
    }
  }

  private byte[] readBody(RequestHeaders headers) throws IOException, MalformedRequestException {
    String transferEncoding = headers.get("Transfer-Encoding");
    if (transferEncoding != null && transferEncoding.toLowerCase(Locale.ROOT).contains("chunked")) {
      return readChunked();
    }
    String contentLength = headers.get("Content-Length");
    if (contentLength == null) {
      return new byte[0];
    }
    long length;
    try {
      length = Long.parseLong(contentLength.trim());
    } catch (NumberFormatException e) {
      throw new MalformedRequestException(400, "bad Content-Length");
    }
    if (length < 0 || length > MAX_BODY) {
      throw new MalformedRequestException(length < 0 ? 400 : 413, "bad Content-Length");
    }
    return readExactly(length);
  }

  private byte[] readChunked() throws IOException, MalformedRequestException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String sizeLine = readLine();
      if (sizeLine == null) {
        throw new MalformedRequestException(400, "connection closed inside a chunked body");
      }
      int extension = sizeLine.indexOf(';');
      long size;
      try {
        size = Long.parseLong((extension < 0 ? sizeLine : sizeLine.substring(0, extension)).trim(), 16);
      } catch (NumberFormatException e) {
        throw new MalformedRequestException(400, "bad chunk size");
      }
      if (size < 0 || body.size() + size > MAX_BODY) {
        throw new MalformedRequestException(size < 0 ? 400 : 413, "bad chunk size");
      }
      if (size == 0) {
        readHeaders(); // Trailers: read and dropped.
        return body.toByteArray();
      }
      body.write(readExactly(size));
      String end = readLine();
      if (end == null || !end.isEmpty()) {
        throw new MalformedRequestException(400, "chunk not followed by CRLF");
      }
    }
  }

  /** Exactly {@code length} bytes ({@code length} is at most {@link #MAX_BODY}). */
  private byte[] readExactly(long length) throws IOException {
    byte[] bytes = in.readNBytes((int) length);
    if (bytes.length < length) {
      throw new EOFException("connection closed inside a body");
    }
    return bytes;
  }

  /**
   * One line without its CRLF (a bare LF is accepted too), as ISO-8859-1; null at the end of the stream before
   * any byte of it, an {@link EOFException} inside it.
   */
  private @Nullable String readLine() throws IOException, MalformedRequestException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(128);
    while (true) {
      int b = in.read();
      if (b < 0) {
        if (line.size() == 0) {
          return null;
        }
        throw new EOFException("connection closed inside a line");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
      }
      if (line.size() >= MAX_LINE) {
        throw new MalformedRequestException(431, "line too long");
      }
      line.write(b);
    }
  }
}
