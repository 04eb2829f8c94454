package io.github.airbytekit.cli;

import java.io.IOException;
import okio.Buffer;
import okio.Sink;
import okio.Timeout;

/**
 * Lays out JSON text as it streams through, byte by byte: pretty (Moshi's layout: two-space indent, {@code "a": 1},
 * {@code {}} and {@code []} for empty values) or compact (no insignificant whitespace). Strings and numbers pass
 * through untouched and there is no depth limit, so the document is never parsed or held; the input must be
 * well-formed JSON (what the library wrote or read). Pretty output indents the first {@value #MAX_INDENTED_DEPTH}
 * levels and writes deeper values compactly: indenting them would make the output grow with the square of the
 * depth (a state blob may nest 10,000 levels).
 */
final class JsonLayoutSink implements Sink {
  /** The deepest level that gets its own indented lines. */
  static final int MAX_INDENTED_DEPTH = 64;

  private static final int CHUNK = 64 * 1024;

  private final Sink downstream;
  private final boolean pretty;
  private final byte[] in = new byte[CHUNK];
  private final Buffer out = new Buffer();
  private boolean inString;
  private boolean escaped;
  /** Just after an opening bracket: whether the value is empty is not known yet. */
  private boolean open;
  private int depth;

  JsonLayoutSink(Sink downstream, boolean pretty) {
    this.downstream = downstream;
    this.pretty = pretty;
  }

  @Override
  public void write(Buffer source, long byteCount) throws IOException {
    long left = byteCount;
    while (left > 0) {
      int n = source.read(in, 0, (int) Math.min(CHUNK, left));
      left -= n;
      for (int i = 0; i < n; i++) {
        put(in[i]);
      }
      if (out.size() >= CHUNK) {
        downstream.write(out, out.size());
      }
    }
  }

  private void put(byte c) {
    if (inString) {
      out.writeByte(c);
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        inString = false;
      }
      return;
    }
    switch (c) {
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        return;
      case '}':
      case ']':
        boolean indented = depth-- <= MAX_INDENTED_DEPTH;
        if (open) {
          open = false;
        } else if (indented) {
          lineBreak();
        }
        out.writeByte(c);
        return;
      default:
        break;
    }
    if (open) {
      open = false;
      newline();
    }
    out.writeByte(c);
    switch (c) {
      case ',':
        newline();
        break;
      case ':':
        if (pretty) {
          out.writeByte(' ');
        }
        break;
      case '"':
        inString = true;
        break;
      case '{':
      case '[':
        depth++;
        open = true;
        break;
      default:
        break;
    }
  }

  private void newline() {
    if (depth <= MAX_INDENTED_DEPTH) {
      lineBreak();
    }
  }

  private void lineBreak() {
    if (pretty) {
      out.writeByte('\n');
      for (int i = 0; i < depth; i++) {
        out.writeByte(' ').writeByte(' ');
      }
    }
  }

  @Override
  public void flush() throws IOException {
    downstream.write(out, out.size());
    downstream.flush();
  }

  @Override
  public Timeout timeout() {
    return downstream.timeout();
  }

  @Override
  public void close() throws IOException {
    flush();
    downstream.close();
  }
}
