package io.github.airbytekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Reads command input ({@code FILE}, {@code -} for stdin, {@code @FILE} or inline JSON) before anything is written. */
final class Inputs {
  private static final int CHUNK = 64 * 1024;

  private Inputs() {}

  /**
   * Reads {@code FILE}, or stdin when it is {@code -} or absent, once, as UTF-8 bytes (64 KB reads; a file is read
   * into an array of its size): the document is never a {@code String}. A byte-order mark becomes whitespace.
   */
  static byte[] bytesOfFileOrStdin(@Nullable String file, InputStream stdin) {
    boolean isStdin = file == null || file.equals("-");
    String what = isStdin ? "stdin" : file;
    byte[] bytes;
    try {
      bytes = isStdin ? readAll(stdin, CHUNK) : readFileBytes(Path.of(file));
    } catch (NoSuchFileException e) {
      throw CliException.usage("no such file: " + file, e);
    } catch (IOException e) {
      throw CliException.usage("cannot read " + what + ": " + e.getMessage(), e);
    }
    if (!Utf8.isValid(bytes)) {
      throw CliException.usage(what + " is not UTF-8 text");
    }
    if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
      // Editors on some systems save a byte-order mark; it is not JSON, and blanks are.
      bytes[0] = ' ';
      bytes[1] = ' ';
      bytes[2] = ' ';
    }
    return bytes;
  }

  private static byte[] readFileBytes(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      long size = Files.size(path);
      return readAll(in, size > 0 && size < Integer.MAX_VALUE - 8 ? (int) size : CHUNK);
    }
  }

  /** Reads to the end in 64 KB reads into an array of {@code expected} bytes, grown only if the input is larger. */
  private static byte[] readAll(InputStream in, int expected) throws IOException {
    byte[] buffer = new byte[Math.max(expected, 1)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        int peek = in.read();
        if (peek < 0) {
          return buffer;
        }
        buffer = Arrays.copyOf(buffer, Math.max(CHUNK, buffer.length + (buffer.length >> 1)));
        buffer[length++] = (byte) peek;
      }
      int n = in.read(buffer, length, Math.min(CHUNK, buffer.length - length));
      if (n < 0) {
        return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
      }
      length += n;
    }
  }

  /** Reads {@code FILE}, or stdin when it is {@code -} or absent. */
  static String fileOrStdin(@Nullable String file, InputStream stdin) {
    if (file == null || file.equals("-")) {
      try {
        return decode(stdin.readAllBytes(), "stdin");
      } catch (IOException e) {
        throw CliException.usage("cannot read stdin: " + e.getMessage(), e);
      }
    }
    return readFile(file);
  }

  /** An argument that is inline JSON, or {@code @FILE} to read it from a file ({@code @-}: stdin). */
  static String inlineOrFile(String argument, InputStream stdin) {
    if (argument.startsWith("@")) {
      return fileOrStdin(argument.substring(1), stdin);
    }
    return argument;
  }

  private static String readFile(String file) {
    try {
      return decode(Files.readAllBytes(Path.of(file)), file);
    } catch (NoSuchFileException e) {
      throw CliException.usage("no such file: " + file, e);
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private static String decode(byte[] bytes, String what) {
    try {
      String text = StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
      // Editors on some systems save a byte-order mark; it is not JSON.
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw CliException.usage(what + " is not UTF-8 text", e);
    }
  }
}
