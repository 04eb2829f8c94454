package io.github.airbytekit.testkit.internal.http;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Thrown by handlers to answer with a problem-JSON error; never escapes the dispatcher. */
public final class HttpProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String title;
  private final @Nullable String allow;

  public HttpProblem(int status, String title, String detail) {
    this(status, title, detail, null);
  }

  private HttpProblem(int status, String title, String detail, @Nullable String allow) {
    super(detail, null, false, false);
    this.status = status;
    this.title = title;
    this.allow = allow;
  }

  /** The {@code Allow} header value of a 405, or null. */
  public @Nullable String allow() {
    return allow;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return String.valueOf(getMessage());
  }

  /** URI naming the kind of problem, in the style of Airbyte's error reference. */
  public String type() {
    return "https://reference.airbyte.com/reference/errors#" + status + "-" + title.toLowerCase(Locale.ROOT);
  }

  public static HttpProblem badRequest(String detail) {
    return new HttpProblem(400, "bad-request", detail);
  }

  public static HttpProblem unauthorized(String detail) {
    return new HttpProblem(401, "unauthorized", detail);
  }

  public static HttpProblem forbidden(String detail) {
    return new HttpProblem(403, "forbidden", detail);
  }

  public static HttpProblem notFound(String detail) {
    return new HttpProblem(404, "resource-not-found", detail);
  }

  public static HttpProblem conflict(String detail) {
    return new HttpProblem(409, "state-conflict", detail);
  }

  public static HttpProblem unprocessable(String detail) {
    return new HttpProblem(422, "invalid-input", detail);
  }

  public static HttpProblem locked(String detail) {
    return new HttpProblem(423, "locked", detail);
  }

  /** 405 for a path that exists with other methods, answered with {@code Allow: allow}. */
  public static HttpProblem methodNotAllowed(String detail, String allow) {
    return new HttpProblem(405, "method-not-allowed", detail, allow);
  }
}
