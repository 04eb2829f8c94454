package io.github.airbytekit.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Masks known secrets in text bound for the terminal: a last line of defence, not the only one. */
final class Redactor {
  static final String MASK = "****";

  private final List<String> secrets = new ArrayList<>();

  Redactor(@Nullable String... secrets) {
    for (String secret : secrets) {
      // Very short values would mask ordinary words; real secrets are long.
      if (secret != null && secret.length() >= 4 && !this.secrets.contains(secret)) {
        this.secrets.add(secret);
      }
    }
    // Longest first, so a secret containing another is masked whole.
    this.secrets.sort(Comparator.comparingInt(String::length).reversed());
  }

  String redact(String text) {
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }
}
