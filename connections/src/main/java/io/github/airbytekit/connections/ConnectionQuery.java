package io.github.airbytekit.connections;

import io.github.airbytekit.domain.internal.AirbyteStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Which connections {@link CloudWorkspace#listConnections(ConnectionQuery)} returns: an exact name or a name
 * predicate (not both), and an optional limit.
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

  /** {@return a new builder for a query that matches every connection} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the exact name connections must have ({@code ""} matches only unnamed ones), or null} */
  public abstract @Nullable String getName();

  /** {@return the predicate names must pass, or null} */
  public abstract @Nullable Predicate<String> getNameFilter();

  /** {@return the most connections to return, or null for all} */
  public abstract @Nullable Integer getLimit();

  /** Whether a name filter applies, so whole pages are read whatever the limit. */
  boolean isFiltered() {
    return getName() != null || getNameFilter() != null;
  }

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

  /** Builds a {@link ConnectionQuery}, reporting every problem at once; each setting may be set once. */
  public static final class Builder extends ImmutableConnectionQuery.Builder {
    Builder() {}
  }
}
