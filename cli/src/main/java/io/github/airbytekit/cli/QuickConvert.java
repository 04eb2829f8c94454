package io.github.airbytekit.cli;

import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code state convert} and {@code catalog convert} in their plain forms, run without picocli: building its command
 * tree (about 180 classes that CDS cannot archive, as picocli's class files are Java 5's) was about 0.2 s of CPU time
 * of every conversion, as much as converting a 10 MB state. Only {@code [--compact|--pretty]… (state|catalog)
 * convert} followed by {@code --to VALUE}, {@code --to=VALUE}, state's {@code --connection-id}, {@code --compact},
 * {@code --pretty} and at most one {@code FILE} or {@code -}, each option once, is taken; anything else (another
 * option, {@code --}, a repeated option, a value that starts with {@code -}, a missing {@code --to}, an environment
 * default picocli would refuse) goes to picocli, which prints the error. The command itself and its failures run
 * the same code as through picocli.
 */
final class QuickConvert {
  /** {@link #run}'s answer when the arguments are not of the plain form. */
  static final int NOT_HANDLED = -1;

  private QuickConvert() {}

  /** Runs the conversion {@code args} names and returns its exit status, or {@link #NOT_HANDLED}. */
  static int run(String[] args, RootCommand root) {
    if (!Prerendered.environmentDefaultsParse(root.env)) {
      return NOT_HANDLED;
    }
    Set<String> seen = new HashSet<>();
    int i = 0;
    while (i < args.length && isLayout(args[i])) {
      if (!seen.add(args[i++])) {
        return NOT_HANDLED;
      }
    }
    if (i + 1 >= args.length || !args[i + 1].equals("convert")) {
      return NOT_HANDLED;
    }
    boolean state = args[i].equals("state");
    if (!state && !args[i].equals("catalog")) {
      return NOT_HANDLED;
    }
    String to = null;
    String connectionId = null;
    String file = null;
    for (i += 2; i < args.length; i++) {
      String arg = args[i];
      String option = arg.startsWith("--") && arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!seen.add(option)) {
        return NOT_HANDLED;
      }
      if (isLayout(arg)) {
        continue;
      }
      if (option.equals("--to") || state && option.equals("--connection-id")) {
        String value = arg.length() > option.length() ? arg.substring(option.length() + 1)
            : i + 1 < args.length ? args[++i] : null;
        if (value == null || value.isEmpty() || value.startsWith("-")) {
          return NOT_HANDLED;
        }
        if (option.equals("--to")) {
          to = value;
        } else {
          connectionId = value;
        }
      } else if (arg.startsWith("-") && !arg.equals("-") || file != null) {
        return NOT_HANDLED;
      } else {
        file = arg;
      }
    }
    if (to == null) {
      return NOT_HANDLED;
    }
    root.compact = seen.contains("--compact");
    root.pretty = seen.contains("--pretty");
    try {
      return state ? StateCommand.convertFile(root, to, connectionId, file) : CatalogCommand.convertFile(root, to, file);
    } catch (RuntimeException | Error e) {
      return AirbytekitCli.report(root, e);
    } finally {
      root.finish();
    }
  }

  private static boolean isLayout(@Nullable String arg) {
    return "--compact".equals(arg) || "--pretty".equals(arg);
  }
}
