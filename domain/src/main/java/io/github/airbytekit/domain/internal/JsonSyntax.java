package io.github.airbytekit.domain.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A strict, allocation-free check that some UTF-8 bytes hold exactly one JSON value (RFC 8259).
 *
 * <p>The byte reader finds, validates and slices each blob with it, and {@code RawJson.read} checks what Moshi's
 * {@code nextSource()} copied (which only tracks nesting and string bounds), at a fraction of the cost of a token
 * walk. It is one iterative method with local state (so the JIT keeps everything in registers) and cannot overflow
 * the stack on deep nesting.
 */
public final class JsonSyntax {
  private JsonSyntax() {}

  /** Returns null if {@code b} is one JSON value with optional surrounding whitespace, else what is wrong. */
  public static @Nullable String check(byte[] b) {
    try {
      int i = endOfValue(b, 0);
      while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
        i++;
      }
      return i == b.length ? null : at("unexpected data after the value", i);
    } catch (SyntaxError e) {
      return e.getMessage();
    }
  }

  /** A syntax problem; cheap (no stack trace) because callers turn it into a message with a JSON path. */
  public static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Scans the one JSON value starting at {@code from} (leading whitespace allowed) and returns the index just
   * after it.
   *
   * @throws SyntaxError if it is not a valid JSON value
   */
  public static int endOfValue(byte[] b, int from) {
    final int n = b.length;
    int i = from;
    int depth = 0;
    // Bit d of `objects` says whether nesting level d is an object; deeper levels spill into `deep`.
    long objects = 0;
    boolean[] deep = null;
    try {
      value:
      while (true) {
        // Expect a value.
        byte c = b[i];
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
          c = b[++i];
        }
        switch (c) {
          case '{': {
            i++;
            c = b[i];
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
              c = b[++i];
            }
            if (c == '}') {
              i++;
              break; // empty object is a complete value
            }
            if (depth < 64) {
              objects |= 1L << depth;
            } else {
              deep = mark(deep, depth, true);
            }
            depth++;
            int k = key(b, i);
            if (k < 0) {
              throw new SyntaxError(at("expected a property name", i));
            }
            i = k;
            continue value;
          }
          case '[': {
            i++;
            c = b[i];
            while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
              c = b[++i];
            }
            if (c == ']') {
              i++;
              break;
            }
            if (depth < 64) {
              objects &= ~(1L << depth);
            } else {
              deep = mark(deep, depth, false);
            }
            depth++;
            continue value;
          }
          case '"': {
            int k = string(b, i);
            if (k < 0) {
              throw new SyntaxError(at("invalid string", -k - 1));
            }
            i = k;
            break;
          }
          case 't':
            i = literal(b, i, TRUE);
            break;
          case 'f':
            i = literal(b, i, FALSE);
            break;
          case 'n':
            i = literal(b, i, NULL);
            break;
          case '-':
          case '0':
          case '1':
          case '2':
          case '3':
          case '4':
          case '5':
          case '6':
          case '7':
          case '8':
          case '9': {
            int k = number(b, i, n);
            if (k < 0) {
              throw new SyntaxError(at("invalid number", -k - 1));
            }
            i = k;
            break;
          }
          default:
            throw new SyntaxError(at("unexpected character '" + (char) (c & 0xff) + "'", i));
        }
        // After a complete value: close containers or move to the next element.
        while (true) {
          int end = i;
          while (i < n) {
            byte w = b[i];
            if (w == ' ' || w == '\n' || w == '\r' || w == '\t') {
              i++;
            } else {
              break;
            }
          }
          if (depth == 0) {
            return end;
          }
          if (i >= n) {
            throw new SyntaxError("unexpected end of input");
          }
          boolean inObject = depth <= 64 ? (objects & (1L << (depth - 1))) != 0 : deep[depth - 1];
          c = b[i];
          if (c == ',') {
            i++;
            if (inObject) {
              c = b[i];
              while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                c = b[++i];
              }
              int k = key(b, i);
              if (k < 0) {
                throw new SyntaxError(at("expected a property name", i));
              }
              i = k;
            }
            continue value;
          }
          if (c == (inObject ? '}' : ']')) {
            i++;
            depth--;
            continue;
          }
          throw new SyntaxError(at("expected ',' or '" + (inObject ? '}' : ']') + "'", i));
        }
      }
    } catch (ArrayIndexOutOfBoundsException e) {
      throw new SyntaxError("unexpected end of input");
    }
  }

  /**
   * The index just after the value starting at {@code from} (leading whitespace allowed), found by its brackets and
   * string quotes alone, or -1 if the input ends first: for a look-ahead over a document that a validating read
   * checks afterwards. On well-formed JSON it agrees with {@link #endOfValue}; on anything else its answer only
   * has to be inside the array. In a fresh JVM (C1) it skips a 50 MB state in about 50 ms, half the time of
   * {@code endOfValue}; the loop tests each byte with two compares (no table), which measured fastest there.
   */
  public static int endOfValueByBrackets(byte[] b, int from) {
    final int n = b.length;
    int i = from;
    while (i < n && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
      i++;
    }
    if (i >= n) {
      return -1;
    }
    int c = b[i];
    if (c != '{' && c != '[' && c != '"') {
      while (i < n && !endsScalar(b[i])) {
        i++;
      }
      return i;
    }
    int depth = 0;
    while (i < n) {
      c = b[i++];
      // '[' | 0x20 is '{' and ']' | 0x20 is '}'; no other byte maps to either.
      if (c != '"' && (c | 0x20) != '{' && (c | 0x20) != '}') {
        continue;
      }
      if (c == '"') {
        while (true) {
          if (i >= n) {
            return -1;
          }
          int d = b[i++];
          if (d == '"') {
            break;
          }
          if (d == '\\') {
            i++;
          }
        }
        if (depth == 0) {
          return i; // a top-level string
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (--depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean endsScalar(byte c) {
    return c == ',' || c == '}' || c == ']' || c == ':' || c == ' ' || c == '\n' || c == '\r' || c == '\t'
        || c == '"' || c == '{' || c == '[';
  }

  private static boolean[] mark(boolean[] deep, int depth, boolean object) {
    if (deep == null) {
      deep = new boolean[128];
    } else if (depth >= deep.length) {
      deep = Arrays.copyOf(deep, deep.length * 2);
    }
    deep[depth] = object;
    return deep;
  }

  /** Scans {@code "name" :} from {@code i}; returns the index after the colon and whitespace, or -1. */
  private static int key(byte[] b, int i) {
    if (b[i] != '"') {
      return -1;
    }
    int k = string(b, i);
    if (k < 0) {
      return -1;
    }
    byte c = b[k];
    while (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
      c = b[++k];
    }
    return c == ':' ? k + 1 : -1;
  }

  /** Scans a string starting at the quote {@code i}; returns the index after it, or {@code -(offset+1)}. */
  private static int string(byte[] b, int i) {
    i++;
    while (true) {
      byte c = b[i];
      if (PLAIN[c & 0xff]) {
        i++;
        continue;
      }
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\') {
        byte e = b[i + 1];
        if (e == 'u') {
          if (hex(b[i + 2]) && hex(b[i + 3]) && hex(b[i + 4]) && hex(b[i + 5])) {
            i += 6;
            continue;
          }
          return -(i + 1);
        }
        if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
          i += 2;
          continue;
        }
        return -(i + 1);
      }
      if (c >= 0 && c < 0x20) {
        return -(i + 1);
      }
      i++;
    }
  }

  /** Bytes that need no attention inside a string: everything but the quote, backslash and control characters. */
  private static final boolean[] PLAIN = new boolean[256];

  static {
    for (int c = 0x20; c < 256; c++) {
      PLAIN[c] = c != '"' && c != '\\';
    }
  }

  private static boolean hex(byte c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** Scans a number from {@code i}; returns the index after it, or {@code -(offset+1)}. */
  private static int number(byte[] b, int i, int n) {
    if (b[i] == '-') {
      i++;
      if (i >= n) {
        return -(i + 1);
      }
    }
    byte c = b[i];
    if (c == '0') {
      i++;
    } else if (c >= '1' && c <= '9') {
      i++;
      while (i < n && (c = b[i]) >= '0' && c <= '9') {
        i++;
      }
    } else {
      return -(i + 1);
    }
    if (i < n && b[i] == '.') {
      i++;
      int start = i;
      while (i < n && (c = b[i]) >= '0' && c <= '9') {
        i++;
      }
      if (i == start) {
        return -(i + 1);
      }
    }
    if (i < n && (b[i] == 'e' || b[i] == 'E')) {
      i++;
      if (i < n && (b[i] == '+' || b[i] == '-')) {
        i++;
      }
      int start = i;
      while (i < n && (c = b[i]) >= '0' && c <= '9') {
        i++;
      }
      if (i == start) {
        return -(i + 1);
      }
    }
    return i;
  }

  private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
  private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /**
   * Checks that {@code word} (whose first byte has matched) stands at {@code i} and returns the offset after it. Reading
   * past the end throws {@link ArrayIndexOutOfBoundsException}, which the caller reports as an unexpected end.
   */
  private static int literal(byte[] b, int i, byte[] word) {
    for (int k = 1; k < word.length; k++) {
      if (b[i + k] != word[k]) {
        throw new SyntaxError(at("invalid literal", i));
      }
    }
    return i + word.length;
  }

  private static String at(String problem, int offset) {
    return problem + " at offset " + offset;
  }
}
