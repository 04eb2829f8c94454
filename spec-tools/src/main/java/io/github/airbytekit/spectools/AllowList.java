package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Narrow, documented exceptions for places where upstream's document is wrong about the wire.
 *
 * <p>Each entry names one finding exactly (api, kind and {@code where}) and says why it is accepted. An
 * accepted finding stays in the report, marked allowed, but does not fail the check; an entry that matches
 * nothing becomes a warning so the list does not rot. The file is YAML:
 *
 * <pre>{@code
 * allow:
 *   - api: public
 *     kind: FIELD_MISSING
 *     where: "POST /applications/token → request → AccessTokenRequest.grant_type"
 *     reason: "upstream names the form field grant-type; servers read grant_type"
 * }</pre>
 */
public final class AllowList {
  /** The built-in list, shipped with the tool. */
  public static final String BUILT_IN = "classpath:io/github/airbytekit/spectools/drift-allowlist.yaml";

  private final List<Entry> entries;

  private AllowList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /**
   * One accepted finding.
   *
   * @param api the finding's API
   * @param kind the finding's kind
   * @param where the finding's operation and schema path, exactly as reported
   * @param reason why the finding is accepted: the wire truth and how it was established
   */
  public record Entry(String api, FindingKind kind, String where, String reason) {
    /** Checks that no component is null. */
    public Entry {
      Objects.requireNonNull(api, "api == null");
      Objects.requireNonNull(kind, "kind == null");
      Objects.requireNonNull(where, "where == null");
      Objects.requireNonNull(reason, "reason == null");
    }

    boolean matches(Finding finding) {
      return api.equals(finding.api()) && kind == finding.kind() && where.equals(finding.where());
    }
  }

  /** Returns a list accepting nothing. */
  public static AllowList empty() {
    return new AllowList(List.of());
  }

  /** Returns a list of the given entries. */
  public static AllowList of(Collection<Entry> entries) {
    return new AllowList(new ArrayList<>(entries));
  }

  /**
   * Reads an allow-list file (path, URL or {@code classpath:} resource).
   *
   * @throws IllegalArgumentException if it cannot be read or an entry is incomplete
   */
  public static AllowList load(String location) {
    Objects.requireNonNull(location, "location == null");
    Map<String, Object> root = OpenApiDocument.parseTree(location, OpenApiDocument.read(location));
    List<Entry> entries = new ArrayList<>();
    int index = 0;
    for (Object node : Nodes.list(root.get("allow"))) {
      Map<String, Object> map = Nodes.map(node);
      String api = required(map, "api", location, index);
      String kind = required(map, "kind", location, index);
      FindingKind findingKind;
      try {
        findingKind = FindingKind.valueOf(kind.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(location + ": allow[" + index + "].kind '" + kind + "' is not a finding kind", e);
      }
      entries.add(new Entry(api, findingKind, required(map, "where", location, index), required(map, "reason", location, index)));
      index++;
    }
    return new AllowList(entries);
  }

  private static String required(Map<String, Object> map, String key, String location, int index) {
    String value = Nodes.string(map.get(key));
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(location + ": allow[" + index + "]." + key + " is missing");
    }
    return value;
  }

  /** Returns this list followed by another's entries. */
  public AllowList plus(AllowList other) {
    List<Entry> all = new ArrayList<>(entries);
    all.addAll(other.entries);
    return new AllowList(all);
  }

  /** Returns the entries. */
  public List<Entry> entries() {
    return entries;
  }

  /**
   * Marks the findings this list accepts and adds a warning for each entry of a checked API that matched
   * nothing.
   *
   * @param checkedApis the APIs that were compared; entries for other APIs are left alone
   */
  public List<Finding> apply(List<Finding> findings, Set<String> checkedApis) {
    Set<Entry> used = new HashSet<>();
    List<Finding> out = new ArrayList<>();
    for (Finding finding : findings) {
      Entry entry = match(finding);
      if (entry != null) {
        used.add(entry);
        out.add(finding.allow(entry.reason()));
      } else {
        out.add(finding);
      }
    }
    for (Entry entry : entries) {
      if (!used.contains(entry) && checkedApis.contains(entry.api())) {
        out.add(new Finding(entry.api(), Severity.WARNING, FindingKind.ALLOWLIST_ENTRY_UNUSED, entry.where(),
            "allow-list entry for " + entry.kind() + " matched nothing; remove it", null));
      }
    }
    return out;
  }

  private @Nullable Entry match(Finding finding) {
    for (Entry entry : entries) {
      if (entry.matches(finding)) {
        return entry;
      }
    }
    return null;
  }
}
