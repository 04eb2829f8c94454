package io.github.airbytekit.connections;

import io.github.airbytekit.connections.internal.AirbyteStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Which connections {@link CloudWorkspace#listConnections(ConnectionQuery)} returns: an exact name or a
 * name predicate (not both), and an optional limit.
 *
 * <pre>{@code
 * List<CloudConnection> nightly = workspace.listConnections(
 *     ConnectionQuery.builder().nameFilter(n -> n.startsWith("nightly-")).limit(10).build());
 * }</pre>
 */
@Value.Immutable
@AirbyteStyle
public abstract class ConnectionQuery {
  ConnectionQuery() {}

  /**
   * Starts a query that matches every connection.
   *
   * @return this builder
   */
  public static Builder builder() {
    return ImmutableConnectionQuery.builder();
  }

  /**
   * Only connections with exactly this name ({@code ""} matches only unnamed connections).
   *
   * @return the exact name, or null
   */
  public abstract @Nullable String getName();

  /**
   * Only connections whose name passes this predicate.
   *
   * @return the predicate, or null
   */
  public abstract @Nullable Predicate<String> getNameFilter();

  /**
   * At most this many connections; {@code null} for all.
   *
   * @return the integer
   */
  public abstract @Nullable Integer getLimit();

  Predicate<String> matcher() {
    String name = getName();
    Predicate<String> filter = getNameFilter();
    if (name != null) {
      return name::equals;
    }
    return filter != null ? filter : n -> true;
  }

  @Value.Check
  void check() {
    List<String> problems = new ArrayList<>();
    if (getName() != null && getNameFilter() != null) {
      problems.add("give name or nameFilter, not both");
    }
    Integer limit = getLimit();
    if (limit != null && limit <= 0) {
      problems.add("limit must be greater than 0, was " + limit);
    }
    if (!problems.isEmpty()) {
      throw new AirbyteInputException("Invalid ConnectionQuery: " + String.join("; ", problems) + ".");
    }
  }

  /** Builds a {@link ConnectionQuery}. */
  public interface Builder {
    /**
     * See {@link ConnectionQuery#getName()}.
     *
     * @param name the name
     * @return this builder
     */
    Builder name(@Nullable String name);

    /**
     * See {@link ConnectionQuery#getNameFilter()}.
     *
     * @param nameFilter a predicate on names
     * @return this builder
     */
    Builder nameFilter(@Nullable Predicate<String> nameFilter);

    /**
     * See {@link ConnectionQuery#getLimit()}.
     *
     * @param limit the maximum number of jobs
     * @return this builder
     */
    Builder limit(@Nullable Integer limit);

    /**
     * Builds the query, reporting every problem at once.
     *
     * @return the connection query
     */
    ConnectionQuery build();
  }
}
