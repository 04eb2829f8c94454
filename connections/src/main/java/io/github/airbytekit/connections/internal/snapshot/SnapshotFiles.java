package io.github.airbytekit.connections.internal.snapshot;

import io.github.airbytekit.domain.AirbyteException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The files of a snapshot: each written whole to a temporary file, then moved into place, with its SHA-256. */
public final class SnapshotFiles {
  private SnapshotFiles() {}

  /** Writes {@code text} (UTF-8) to {@code directory/relative} and returns its SHA-256 in hex. */
  static String write(Path directory, String relative, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Path target = directory.resolve(relative);
    try {
      Files.createDirectories(target.getParent());
      Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new AirbyteException("Cannot write snapshot file " + target + ": " + e, e);
    }
    return sha256(bytes);
  }

  /** {@return the SHA-256 of {@code directory/relative}, or empty when it cannot be read} */
  public static Optional<String> checksum(Path directory, String relative) {
    try {
      return Optional.of(sha256(Files.readAllBytes(directory.resolve(relative))));
    } catch (IOException e) { // absent or unreadable: fetched again
      return Optional.empty();
    }
  }

  /** {@return the SHA-256 of {@code bytes} in lower-case hex} */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }
}
