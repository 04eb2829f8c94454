package io.github.airbytekit.cli;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * A short, human-readable rendering of a JSON document for the demo: small values stay on one
 * line, long arrays, objects and strings are cut with a note of what was left out. Not JSON.
 */
final class Preview {
  private final int width;
  private final int maxItems;
  private final int maxString;
  private final int maxDepth;
  private final Set<String> folded = new HashSet<>();

  /**
   * @param width longest line
   * @param maxItems array items and object keys shown per container
   * @param maxString characters shown per string
   * @param maxDepth containers nested deeper are shown as {@code {…}} / {@code […]}
   */
  Preview(int width, int maxItems, int maxString, int maxDepth) {
    this.width = width;
    this.maxItems = maxItems;
    this.maxString = maxString;
    this.maxDepth = maxDepth;
  }

  /** Shows objects under these keys, such as state blobs and JSON schemas, as {@code {…}} at any depth. */
  Preview fold(String... keys) {
    folded.addAll(List.of(keys));
    return this;
  }

  /** Renders {@code json} as lines, each prefixed by {@code indent}. */
  String render(String json, String indent) {
    Object tree;
    try (JsonReader reader = JsonReader.of(new Buffer().writeUtf8(json))) {
      tree = read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringBuilder text = new StringBuilder();
    write(tree, indent, indent, 0, "", text);
    return text.toString();
  }

  private Object read(JsonReader reader) throws IOException {
    switch (reader.peek()) {
      case BEGIN_OBJECT:
        Map<String, Object> object = new LinkedHashMap<>();
        reader.beginObject();
        while (reader.hasNext()) {
          String name = reader.nextName();
          Object value = read(reader);
          object.put(name, folded.contains(name) && value instanceof Map && !((Map<?, ?>) value).isEmpty()
              ? "{…}" : value);
        }
        reader.endObject();
        return object;
      case BEGIN_ARRAY:
        List<Object> array = new ArrayList<>();
        reader.beginArray();
        while (reader.hasNext()) {
          array.add(read(reader));
        }
        reader.endArray();
        return array;
      case STRING:
        return new Str(reader.nextString());
      case NUMBER:
        return reader.nextString(); // exact text
      case BOOLEAN:
        return String.valueOf(reader.nextBoolean());
      default:
        reader.nextNull();
        return "null";
    }
  }

  private void write(
      Object node, String firstPrefix, String indent, int depth, String suffix, StringBuilder text) {
    String inline = inline(node, width - firstPrefix.length() - suffix.length(), depth);
    if (inline != null) {
      text.append(firstPrefix).append(inline).append(suffix).append('\n');
      return;
    }
    String inner = indent + "  ";
    if (node instanceof Map) {
      Map<?, ?> object = (Map<?, ?>) node;
      text.append(firstPrefix).append("{\n");
      int shown = 0;
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        if (shown == maxItems) {
          text.append(inner).append("… ").append(object.size() - shown).append(" more keys\n");
          break;
        }
        boolean last = shown == object.size() - 1 || shown == maxItems - 1 && object.size() == maxItems;
        write(entry.getValue(), inner + quote((String) entry.getKey()) + ": ", inner, depth + 1,
            last ? "" : ",", text);
        shown++;
      }
      text.append(indent).append("}").append(suffix).append('\n');
    } else if (node instanceof List) {
      List<?> array = (List<?>) node;
      text.append(firstPrefix).append("[\n");
      for (int i = 0; i < array.size(); i++) {
        if (i == maxItems) {
          text.append(inner).append("… ").append(array.size() - i).append(" more\n");
          break;
        }
        write(array.get(i), inner, inner, depth + 1, i == array.size() - 1 ? "" : ",", text);
      }
      text.append(indent).append("]").append(suffix).append('\n');
    } else {
      text.append(firstPrefix).append(scalar(node)).append(suffix).append('\n');
    }
  }

  /** One-line form of {@code node}, or null if it does not fit in {@code budget} characters. */
  private @Nullable String inline(Object node, int budget, int depth) {
    StringBuilder text = new StringBuilder();
    return appendInline(node, text, budget, depth) ? text.toString() : null;
  }

  private boolean appendInline(Object node, StringBuilder text, int budget, int depth) {
    if (depth >= maxDepth && node instanceof Map) {
      int size = ((Map<?, ?>) node).size();
      text.append(size == 0 ? "{}" : "{…}");
    } else if (depth >= maxDepth && node instanceof List) {
      int size = ((List<?>) node).size();
      text.append(size == 0 ? "[]" : "[… " + size + "]");
    } else if (node instanceof Map) {
      Map<?, ?> object = (Map<?, ?>) node;
      text.append('{');
      int shown = 0;
      for (Map.Entry<?, ?> entry : object.entrySet()) {
        if (shown > 0) {
          text.append(", ");
        }
        if (shown == maxItems) {
          text.append("… ").append(object.size() - shown).append(" more");
          break;
        }
        text.append(quote((String) entry.getKey())).append(": ");
        if (!appendInline(entry.getValue(), text, budget, depth + 1)) {
          return false;
        }
        shown++;
      }
      text.append('}');
    } else if (node instanceof List) {
      List<?> array = (List<?>) node;
      text.append('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          text.append(", ");
        }
        if (i == maxItems) {
          text.append("… ").append(array.size() - i).append(" more");
          break;
        }
        if (!appendInline(array.get(i), text, budget, depth + 1)) {
          return false;
        }
      }
      text.append(']');
    } else {
      text.append(scalar(node));
    }
    return text.length() <= budget;
  }

  private String scalar(Object node) {
    if (node instanceof Str) {
      String value = ((Str) node).value;
      if (value.length() > maxString) {
        return quote(value.substring(0, maxString)) + "…";
      }
      return quote(value);
    }
    return (String) node;
  }

  private static String quote(String value) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.value(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readUtf8();
  }

  /** A JSON string, kept apart from number and literal texts. */
  private static final class Str {
    final String value;

    Str(String value) {
      this.value = value;
    }
  }
}
