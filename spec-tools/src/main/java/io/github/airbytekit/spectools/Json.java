package io.github.airbytekit.spectools;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a tree of maps, lists, strings, numbers, booleans and nulls as JSON, byte-stable: object keys
 * sorted, 2-space indent, plain ASCII, a trailing newline. A container holding only scalars goes on one
 * line; any other has one member per line, so diffs stay small and files stay short.
 */
final class Json {
  private Json() {}

  /** The JSON text of a tree, ending with a newline. */
  static String write(@Nullable Object tree) {
    StringBuilder out = new StringBuilder();
    value(out, tree, "");
    return out.append('\n').toString();
  }

  private static void value(StringBuilder out, @Nullable Object node, String indent) {
    if (node instanceof Map<?, ?> map) {
      List<String> keys = new ArrayList<>();
      map.keySet().forEach(k -> keys.add(String.valueOf(k)));
      keys.sort(null);
      List<Object> values = new ArrayList<>();
      keys.forEach(k -> values.add(map.get(k)));
      container(out, '{', '}', keys, values, indent);
    } else if (node instanceof Collection<?> list) {
      container(out, '[', ']', null, new ArrayList<>(list), indent);
    } else if (node == null) {
      out.append("null");
    } else if (node instanceof Boolean || node instanceof Integer || node instanceof Long) {
      out.append(node);
    } else {
      out.append(quote(String.valueOf(node)));
    }
  }

  private static void container(
      StringBuilder out, char open, char close, @Nullable List<String> keys, List<Object> values, String indent) {
    boolean inline = values.stream().noneMatch(v -> v instanceof Map || v instanceof Collection);
    String inner = indent + "  ";
    out.append(open);
    for (int i = 0; i < values.size(); i++) {
      out.append(i == 0 ? "" : ",").append(inline ? (i == 0 ? "" : " ") : "\n" + inner);
      if (keys != null) {
        out.append(quote(keys.get(i))).append(": ");
      }
      value(out, values.get(i), inner);
    }
    out.append(inline || values.isEmpty() ? "" : "\n" + indent).append(close);
  }

  /** A JSON string literal in plain ASCII, so the text survives any console or file encoding. */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
