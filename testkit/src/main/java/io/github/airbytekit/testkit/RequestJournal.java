package io.github.airbytekit.testkit;

import io.github.airbytekit.testkit.internal.RequestPattern;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Every request the fake received since the last reset, as a live, read-only view. Filter with
 * {@link #matching(String)}; patterns are {@code "METHOD /path"} where {@code *} matches one path
 * segment and {@code **} any rest.
 *
 * <pre>{@code
 * assertThat(server.requests().matching("POST /api/v1/state/create_or_update_safe").count()).isEqualTo(1);
 * assertThat(server.requests().tokensMinted()).isEqualTo(1);
 * server.requests().matching("POST /api/public/v1/jobs").expectCount(1);
 * }</pre>
 */
public final class RequestJournal {
  private final JournalLog log;
  private final @Nullable String description;
  private final Predicate<RecordedCall> filter;
  private final ToIntFunction<String> syncCounter;

  RequestJournal(
      JournalLog log,
      @Nullable String description,
      Predicate<RecordedCall> filter,
      ToIntFunction<String> syncCounter) {
    this.log = log;
    this.description = description;
    this.filter = filter;
    this.syncCounter = syncCounter;
  }

  /**
   * Returns the requests matching {@code pattern}, e.g. {@code "GET /api/public/v1/jobs/*"}.
   *
   * @param pattern a {@code "METHOD /path"} pattern
   * @throws IllegalArgumentException if the pattern is not {@code "METHOD /path"}
   * @return a filtered view
   */
  public RequestJournal matching(String pattern) {
    RequestPattern parsed = RequestPattern.parse(pattern);
    String text = description == null ? parsed.toString() : description + " and " + parsed;
    return new RequestJournal(
        log, text, filter.and(c -> parsed.matches(c.method(), c.path())), syncCounter);
  }

  /**
   * Returns the requests in this view, oldest first.
   *
   * @return the requests in this view, oldest first
   */
  public List<RecordedCall> all() {
    return log.snapshot().stream().filter(filter).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns how many requests are in this view.
   *
   * @return how many requests are in this view
   */
  public int count() {
    return all().size();
  }

  /**
   * Returns the oldest request in this view, if any.
   *
   * @return the oldest request in this view, if any
   */
  public Optional<RecordedCall> first() {
    List<RecordedCall> all = all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /**
   * Returns the newest request in this view, if any.
   *
   * @return the newest request in this view, if any
   */
  public Optional<RecordedCall> last() {
    List<RecordedCall> all = all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  /**
   * Returns how many tokens the token endpoint handed out since the last reset.
   *
   * @return how many tokens the token endpoint handed out since the last reset
   */
  public int tokensMinted() {
    return log.tokensMinted();
  }

  /**
   * How many requests the journal dropped, oldest first, to stay within its capacity ({@link
   * FakeAirbyteServer.Builder#journalCapacity}); counted since the last reset.
   *
   * @return 0 unless more requests came than the journal holds
   */
  public long dropped() {
    return log.dropped();
  }

  /**
   * Returns how many sync jobs were started on {@code connectionId} through {@code POST /jobs}
   * since the last reset (refused requests do not count).
   *
   * @param connectionId the connection's id
   * @return the number of syncs started
   */
  public int syncsTriggeredFor(String connectionId) {
    Objects.requireNonNull(connectionId, "connectionId == null");
    return syncCounter.applyAsInt(connectionId);
  }

  /**
   * Waits until this view holds at least {@code count} requests.
   *
   * @param count how many
   * @param timeout how long to wait at most
   * @return the requests in this view once enough arrived
   * @throws AssertionError if {@code timeout} passes first; the message names the closest
   *     requests that did arrive
   */
  public List<RecordedCall> await(int count, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while (true) {
        long size = log.recorded();
        List<RecordedCall> matching = all();
        if (matching.size() >= count) {
          return matching;
        }
        if (!log.awaitChange(size, deadline)) {
          throw mismatch(count, matching.size(), "within " + timeout);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + describe(), e);
    }
  }

  /**
   * Checks that this view holds exactly {@code expected} requests.
   *
   * @param expected the expected number of requests
   * @throws AssertionError naming the pattern, the actual count and the closest other requests
   */
  public void expectCount(int expected) {
    int actual = count();
    if (actual != expected) {
      throw mismatch(expected, actual, "");
    }
  }

  private AssertionError mismatch(int expected, int actual, String when) {
    StringBuilder message =
        new StringBuilder("expected ")
            .append(expected)
            .append(" request(s) matching ")
            .append(describe())
            .append(when.isEmpty() ? "" : " " + when)
            .append(" but found ")
            .append(actual);
    List<RecordedCall> others = new ArrayList<>(log.snapshot());
    others.removeIf(filter);
    if (!others.isEmpty() && description != null) {
      String target = description;
      others.sort(Comparator.comparingInt(c -> distance(c.requestLine(), target)));
      message.append("; closest other requests:");
      others.stream().limit(3).forEach(c -> message.append("\n  ").append(c));
    } else if (others.isEmpty()) {
      message.append("; no other requests were received");
    }
    return new AssertionError(message.toString());
  }

  private String describe() {
    return description == null ? "any request" : "\"" + description + "\"";
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  @Override
  public String toString() {
    return "RequestJournal(" + describe() + ", " + count() + " request(s))";
  }
}
