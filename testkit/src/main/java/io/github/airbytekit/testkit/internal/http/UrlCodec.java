package io.github.airbytekit.testkit.internal.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Percent-decoding of paths and query strings, and paging links, the way OkHttp's {@code HttpUrl} does it, so the
 * route layer needs no HTTP library.
 */
final class UrlCodec {
  private UrlCodec() {}

  /** The decoded path of an encoded one: each segment percent-decoded ({@code +} stays {@code +}). */
  static String decodePath(String encodedPath) {
    StringBuilder path = new StringBuilder();
    for (String segment : encodedPath.substring(encodedPath.startsWith("/") ? 1 : 0).split("/", -1)) {
      path.append('/').append(decode(segment, false));
    }
    return path.toString();
  }

  /**
   * The parameters of an encoded query, in order; a name without {@code =} has the value {@code ""}.
   *
   * @param encodedQuery the query without {@code ?}, or null for none
   */
  static Map<String, List<String>> parseQuery(String encodedQuery) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (encodedQuery == null) {
      return query;
    }
    for (String pair : encodedQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq), true);
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1), true);
      query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
    query.replaceAll((name, values) -> List.copyOf(values));
    return query;
  }

  /**
   * The encoded query with {@code name} set to {@code value}: earlier values removed, the new one appended, as
   * {@code HttpUrl.Builder.setQueryParameter} does.
   */
  static String withParameter(String encodedQuery, String name, String value) {
    StringBuilder query = new StringBuilder();
    if (encodedQuery != null) {
      for (String pair : encodedQuery.split("&", -1)) {
        int eq = pair.indexOf('=');
        if (!decode(eq < 0 ? pair : pair.substring(0, eq), true).equals(name)) {
          query.append(query.length() == 0 ? "" : "&").append(pair);
        }
      }
    }
    // Names and values here are plain ASCII (limit, offset and digits): nothing to encode.
    return query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(value).toString();
  }

  /** Percent-decodes UTF-8; a malformed escape is kept literally. */
  private static String decode(String text, boolean plusIsSpace) {
    if (text.indexOf('%') < 0 && !(plusIsSpace && text.indexOf('+') >= 0)) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else if (c == '+' && plusIsSpace) {
        bytes.write(' ');
      } else {
        byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
          utf8 = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
          i++;
        }
        bytes.write(utf8, 0, utf8.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
