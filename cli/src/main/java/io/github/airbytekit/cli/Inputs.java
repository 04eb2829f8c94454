package io.github.airbytekit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Reads command input ({@code FILE}, {@code -} for stdin, {@code @FILE} or inline JSON) before anything is written. */
final class Inputs {
  private Inputs() {}

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
