package io.github.airbytekit.testkit.internal.http;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Limit/offset paging as Airbyte's public API lists do it: {@code limit} 1..100 (default 20), {@code offset} ≥ 0,
 * absolute {@code next}/{@code previous} links that are absent at the ends.
 */
public final class Paginator {
  private final Exchange exchange;
  private final int limit;
  private final int offset;

  private Paginator(Exchange exchange, int limit, int offset) {
    this.exchange = exchange;
    this.limit = limit;
    this.offset = offset;
  }

  /**
   * Reads {@code limit} and {@code offset} of the request.
   *
   * @throws HttpProblem 400 when they are not integers or out of range
   */
  public static Paginator of(Exchange exchange) {
    int limit = QueryParams.integer(exchange, "limit", 20);
    int offset = QueryParams.integer(exchange, "offset", 0);
    if (limit < 1 || limit > 100) {
      throw HttpProblem.badRequest("limit must be between 1 and 100, got: " + limit);
    }
    if (offset < 0) {
      throw HttpProblem.badRequest("offset must not be negative, got: " + offset);
    }
    return new Paginator(exchange, limit, offset);
  }

  /** The requested page of {@code all}, each row rendered with {@code render}, with its links. */
  public <R, T> Page<T> page(List<R> all, Function<R, T> render) {
    List<T> data = new ArrayList<>();
    for (int i = offset; i < Math.min(all.size(), offset + limit); i++) {
      data.add(render.apply(all.get(i)));
    }
    String next = offset + limit >= all.size() ? null : exchange.urlWithPage(limit, offset + limit);
    String previous = offset == 0 ? null : exchange.urlWithPage(limit, Math.max(0, offset - limit));
    return new Page<>(data, next, previous);
  }

  /** One page of a list answer. */
  public static final class Page<T> {
    private final List<T> data;
    private final @Nullable String next;
    private final @Nullable String previous;

    Page(List<T> data, @Nullable String next, @Nullable String previous) {
      this.data = data;
      this.next = next;
      this.previous = previous;
    }

    public List<T> data() {
      return data;
    }

    public @Nullable String next() {
      return next;
    }

    public @Nullable String previous() {
      return previous;
    }
  }
}
