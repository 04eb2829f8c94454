package io.github.airbytekit.connections.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The safe-mode deletion rule: a resource may be deleted only if its name contains {@code delete-me} or
 * {@code deleteme} as a whole word (case-insensitive). Words are separated by anything other than letters,
 * digits, {@code -} and {@code _}, so "do-not-delete-me" and "undeleteme" do not qualify while
 * "delete-me workspace" and "[deleteme] old sync" do.
 */
public final class SafeMode {
  private static final Pattern WORD_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}_-]+");

  private SafeMode() {}

  /** Whether safe mode allows deleting a resource named {@code name}. */
  public static boolean allowsDeletion(String name) {
    for (String word : WORD_SEPARATOR.split(name.toLowerCase(Locale.ROOT))) {
      if (word.equals("delete-me") || word.equals("deleteme")) {
        return true;
      }
    }
    return false;
  }

  /** The refusal message for {@code resourceType} {@code id} named {@code name}. */
  public static String refusal(String resourceType, String id, String name) {
    return "Cannot delete " + resourceType + " '" + name + "' (" + id + ") with safe mode enabled: its name"
        + " must contain the word 'delete-me' or 'deleteme' (case-insensitive). Rename the " + resourceType
        + " to confirm, or pass safeMode=false.";
  }
}
