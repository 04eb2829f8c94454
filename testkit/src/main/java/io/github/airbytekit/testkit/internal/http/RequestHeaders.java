package io.github.airbytekit.testkit.internal.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** The headers of a request, in arrival order; names compare case-insensitively. */
public final class RequestHeaders {
  private final List<String> namesAndValues;

  private RequestHeaders(List<String> namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /** A builder collecting headers in arrival order. */
  public static final class Builder {
    private final List<String> namesAndValues = new ArrayList<>();

    /** Adds one header line. */
    public Builder add(String name, String value) {
      namesAndValues.add(name);
      namesAndValues.add(value);
      return this;
    }

    public RequestHeaders build() {
      return new RequestHeaders(List.copyOf(namesAndValues));
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The last value of header {@code name}, or null when absent. */
  public @Nullable String get(String name) {
    for (int i = namesAndValues.size() - 2; i >= 0; i -= 2) {
      if (namesAndValues.get(i).equalsIgnoreCase(name)) {
        return namesAndValues.get(i + 1);
      }
    }
    return null;
  }

  /** Every value of header {@code name}, in arrival order. */
  public List<String> values(String name) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      if (namesAndValues.get(i).equalsIgnoreCase(name)) {
        values.add(namesAndValues.get(i + 1));
      }
    }
    return values;
  }

  /** The distinct names, sorted case-insensitively. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < namesAndValues.size(); i += 2) {
      names.add(namesAndValues.get(i));
    }
    return Collections.unmodifiableSet(names);
  }
}
