package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonReader.Token;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.RawJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The one JSON reader of the domain: a strict single-pass pull reader over a UTF-8 byte array. Blobs are found,
 * validated and sliced by one scan ({@link JsonSyntax#endOfValue}), which is what lets a conversion run at about
 * the speed of a bare verbatim copy. Paths follow Moshi's format ({@code $.a[3].b}); a reader over a value cut out
 * of a larger document starts its paths at that value's path, so errors always name the path from the root.
 */
public final class ByteIn {
  private static final int EMPTY_DOCUMENT = 0;
  private static final int NONEMPTY_DOCUMENT = 1;
  private static final int EMPTY_ARRAY = 2;
  private static final int NONEMPTY_ARRAY = 3;
  private static final int EMPTY_OBJECT = 4;
  private static final int DANGLING_NAME = 5;
  private static final int NONEMPTY_OBJECT = 6;

  private final byte[] b;
  private final String root;
  /** Whether {@link #skipValue()} trusts brackets and quotes instead of validating (a look-ahead's reader). */
  private final boolean lookAhead;
  private int pos;
  private int depth = 1;
  private int[] scopes = new int[32];
  private String[] names = new String[32];
  private int[] indices = new int[32];
  /** The token at {@code pos}, or null when not peeked yet. */
  private @Nullable Token peeked;

  /** A reader of the whole document {@code utf8}; paths start at {@code $}. */
  public ByteIn(byte[] utf8) {
    this(utf8, "$");
  }

  /**
   * A reader of {@code utf8}, one value that sits at {@code rootPath} of a larger document (for example
   * {@code $.syncCatalog}); every path it reports starts there.
   */
  public ByteIn(byte[] utf8, String rootPath) {
    this(utf8, rootPath, false);
  }

  private ByteIn(byte[] utf8, String rootPath, boolean lookAhead) {
    this.b = utf8;
    this.root = rootPath;
    this.lookAhead = lookAhead;
    scopes[0] = EMPTY_DOCUMENT;
  }

  /**
   * A reader for a look-ahead (which form is this document?) that a validating read of the same bytes follows:
   * {@link #skipValue()} finds the end of a value by its brackets and quotes only, so the document is validated
   * once, by the read. Malformed input may go unnoticed here or be reported differently: when the look-ahead or
   * the read fails, redo the look-ahead with a validating reader for the error.
   */
  public static ByteIn lookAhead(byte[] utf8) {
    return new ByteIn(utf8, "$", true);
  }

  /** The offset of the next byte to read; after {@link #peek()} of a value, the offset where that value starts. */
  public int offset() {
    return pos;
  }

  /** The kind of the next token, without consuming it. */
  public Token peek() {
    Token t = peeked;
    if (t != null) {
      return t;
    }
    int scope = scopes[depth - 1];
    skipWhitespace();
    switch (scope) {
      case EMPTY_ARRAY:
        if (at() == ']') {
          return peeked = Token.END_ARRAY;
        }
        scopes[depth - 1] = NONEMPTY_ARRAY;
        return peeked = value();
      case NONEMPTY_ARRAY:
        if (at() == ']') {
          return peeked = Token.END_ARRAY;
        }
        expect(',', "expected ',' or ']'");
        skipWhitespace();
        return peeked = value();
      case EMPTY_OBJECT:
      case NONEMPTY_OBJECT:
        if (at() == '}') {
          return peeked = Token.END_OBJECT;
        }
        if (scope == NONEMPTY_OBJECT) {
          expect(',', "expected ',' or '}'");
          skipWhitespace();
        }
        if (at() != '"') {
          throw syntax("expected a property name");
        }
        return peeked = Token.NAME;
      case DANGLING_NAME:
        expect(':', "expected ':'");
        skipWhitespace();
        scopes[depth - 1] = NONEMPTY_OBJECT;
        return peeked = value();
      case EMPTY_DOCUMENT:
        scopes[0] = NONEMPTY_DOCUMENT;
        return peeked = value();
      default:
        if (pos == b.length) {
          return peeked = Token.END_DOCUMENT;
        }
        throw Reads.error(root, "is followed by more data; expected the end of the document");
    }
  }

  /** Classifies the value starting at {@code pos} without consuming it. */
  private Token value() {
    if (pos >= b.length) {
      throw syntax("unexpected end of input");
    }
    switch (b[pos]) {
      case '{':
        return Token.BEGIN_OBJECT;
      case '[':
        return Token.BEGIN_ARRAY;
      case '"':
        return Token.STRING;
      case 't':
      case 'f':
        return Token.BOOLEAN;
      case 'n':
        return Token.NULL;
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
      case '9':
        return Token.NUMBER;
      default:
        throw syntax("unexpected character '" + (char) (b[pos] & 0xff) + "'");
    }
  }

  public void beginObject() {
    if (peek() != Token.BEGIN_OBJECT) {
      throw Reads.wrongType(this, "an object");
    }
    pos++;
    push(EMPTY_OBJECT);
  }

  public void endObject() {
    if (peek() != Token.END_OBJECT) {
      throw syntax("expected '}'");
    }
    pos++;
    pop();
  }

  public void beginArray() {
    if (peek() != Token.BEGIN_ARRAY) {
      throw Reads.wrongType(this, "an array");
    }
    pos++;
    push(EMPTY_ARRAY);
  }

  public void endArray() {
    if (peek() != Token.END_ARRAY) {
      throw syntax("expected ']'");
    }
    pos++;
    pop();
  }

  public boolean hasNext() {
    Token t = peek();
    return t != Token.END_OBJECT && t != Token.END_ARRAY && t != Token.END_DOCUMENT;
  }

  public String nextName() {
    if (peek() != Token.NAME) {
      throw syntax("expected a property name");
    }
    String name = string();
    names[depth - 1] = name;
    scopes[depth - 1] = DANGLING_NAME;
    peeked = null;
    return name;
  }

  /** The next string, or the literal text of the next number. */
  public String nextString() {
    Token t = peek();
    String s;
    if (t == Token.STRING) {
      s = string();
    } else if (t == Token.NUMBER) {
      int end = scanValue();
      s = new String(b, pos, end - pos, StandardCharsets.ISO_8859_1);
      pos = end;
    } else {
      throw Reads.wrongType(this, "a string");
    }
    valueDone();
    return s;
  }

  public boolean nextBoolean() {
    if (peek() != Token.BOOLEAN) {
      throw Reads.wrongType(this, "a boolean");
    }
    boolean value = b[pos] == 't';
    pos = scanValue();
    valueDone();
    return value;
  }

  public <T> @Nullable T nextNull() {
    if (peek() != Token.NULL) {
      throw Reads.wrongType(this, "null");
    }
    pos = scanValue();
    valueDone();
    return null;
  }

  /** The next value verbatim (validated, copied out once). */
  public RawJson nextRaw() {
    Token t = peek();
    if (t == Token.NAME || t == Token.END_ARRAY || t == Token.END_OBJECT || t == Token.END_DOCUMENT) {
      throw Reads.wrongType(this, "a value");
    }
    int start = pos;
    int end = scanValue();
    RawJson raw = end - start == 4 && b[start] == 'n' ? RawJson.nullValue()
        : RawJsonAccess.wrap(Arrays.copyOfRange(b, start, end));
    pos = end;
    valueDone();
    return raw;
  }

  /** Skips the next value, validating it (unless this is a {@link #lookAhead} reader), however deeply nested. */
  public void skipValue() {
    Token t = peek();
    if (t == Token.NAME || t == Token.END_ARRAY || t == Token.END_OBJECT || t == Token.END_DOCUMENT) {
      throw Reads.wrongType(this, "a value");
    }
    if (lookAhead) {
      int end = JsonSyntax.endOfValueByBrackets(b, pos);
      if (end < 0) {
        throw syntax("unexpected end of input");
      }
      pos = end;
    } else {
      pos = scanValue();
    }
    valueDone();
  }

  /** The path of the current value, in Moshi's format ({@code $.a[3].b}). */
  public String getPath() {
    return path(depth, indices[depth - 1]);
  }

  /** A cheap mark of the current value's position, for {@link #pathAt} later. */
  public long mark() {
    return ((long) depth << 32) | (indices[depth - 1] & 0xffffffffL);
  }

  /** The path of the value that was current when {@code mark} was taken, while still inside it or just after. */
  public String pathAt(long mark) {
    return path((int) (mark >>> 32), (int) mark);
  }

  /** The path of levels below {@code top}, with {@code lastIndex} as the index of the innermost level. */
  private String path(int top, int lastIndex) {
    StringBuilder sb = new StringBuilder(root);
    for (int i = 1; i < top; i++) {
      int scope = scopes[i];
      if (scope == EMPTY_ARRAY || scope == NONEMPTY_ARRAY) {
        sb.append('[').append(i == top - 1 ? lastIndex : indices[i]).append(']');
      } else if (names[i] != null) {
        sb.append('.').append(names[i]);
      }
    }
    return sb.toString();
  }

  // ---- internals ----

  /** Validates the value at {@code pos} and returns the index after it. */
  private int scanValue() {
    try {
      return JsonSyntax.endOfValue(b, pos);
    } catch (JsonSyntax.SyntaxError e) {
      String path = getPath();
      throw new AirbyteDataException(path + " is not valid JSON: " + e.getMessage(), path);
    }
  }

  private void push(int scope) {
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
    scopes[depth] = scope;
    names[depth] = null;
    indices[depth] = 0;
    depth++;
    peeked = null;
  }

  private void pop() {
    depth--;
    names[depth] = null;
    valueDone();
  }

  /** A value of the current container is complete: arrays count it, as Moshi's paths do. */
  private void valueDone() {
    indices[depth - 1]++;
    peeked = null;
  }

  private byte at() {
    if (pos >= b.length) {
      throw syntax("unexpected end of input");
    }
    return b[pos];
  }

  private void expect(char c, String problem) {
    if (at() != c) {
      throw syntax(problem);
    }
    pos++;
  }

  private void skipWhitespace() {
    int i = pos;
    while (i < b.length) {
      byte c = b[i];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        i++;
      } else {
        break;
      }
    }
    pos = i;
  }

  private AirbyteDataException syntax(String problem) {
    String path = getPath();
    return new AirbyteDataException(path + " is not valid JSON: " + problem + " at offset " + pos, path);
  }

  /** Reads the string at {@code pos} (the opening quote) and leaves {@code pos} after it. */
  private String string() {
    int start = pos + 1;
    int i = start;
    byte[] b = this.b;
    while (i < b.length) {
      byte c = b[i];
      if (c == '"') {
        pos = i + 1;
        return new String(b, start, i - start, StandardCharsets.ISO_8859_1); // ASCII fast path
      }
      if (c == '\\' || c < 0x20) { // escape, control character or non-ASCII (negative) byte
        break;
      }
      i++;
    }
    int end;
    try {
      end = JsonSyntax.endOfValue(b, pos);
    } catch (JsonSyntax.SyntaxError e) {
      throw syntax("invalid string");
    }
    StringBuilder sb = new StringBuilder(end - start);
    int run = start;
    for (i = start; i < end - 1; ) {
      if (b[i] != '\\') {
        i++;
        continue;
      }
      if (i > run) {
        sb.append(new String(b, run, i - run, StandardCharsets.UTF_8));
      }
      byte e = b[i + 1];
      switch (e) {
        case 'u':
          sb.append((char) Integer.parseInt(new String(b, i + 2, 4, StandardCharsets.ISO_8859_1), 16));
          i += 6;
          break;
        case 'b':
          sb.append('\b');
          i += 2;
          break;
        case 'f':
          sb.append('\f');
          i += 2;
          break;
        case 'n':
          sb.append('\n');
          i += 2;
          break;
        case 'r':
          sb.append('\r');
          i += 2;
          break;
        case 't':
          sb.append('\t');
          i += 2;
          break;
        default: // '"', '\\' and '/' stand for themselves
          sb.append((char) e);
          i += 2;
      }
      run = i;
    }
    if (end - 1 > run) {
      sb.append(new String(b, run, end - 1 - run, StandardCharsets.UTF_8));
    }
    pos = end;
    return sb.toString();
  }
}
