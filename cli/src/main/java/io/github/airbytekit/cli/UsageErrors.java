package io.github.airbytekit.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code error: } line of a usage mistake, in the command line's terms: a mistyped command gets a suggestion,
 * a global option placed after the command says where it goes, and picocli's own {@code Error: } prefix is dropped.
 */
final class UsageErrors {
  private UsageErrors() {}

  /** The message for {@code e}, ending with where to read more. */
  static String message(ParameterException e) {
    CommandLine where = e.getCommandLine();
    String help = " (see '" + where.getCommandSpec().qualifiedName() + " --help')";
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String first = unmatched.getUnmatched().get(0);
      String global = globalOption(where, first);
      if (global != null) {
        return "'" + global + "' is a global option: put it before the command, as in 'airbytekit " + global
            + " … " + commandPath(where.getCommandSpec()) + " …'";
      }
      if (!first.startsWith("-") && !where.getSubcommands().isEmpty()) {
        List<String> suggestions = unmatched.getSuggestions().stream()
            .filter(s -> !s.startsWith("-")).distinct().limit(3).collect(Collectors.toList());
        return "unknown command '" + first + "'"
            + (suggestions.isEmpty() ? "" : ": did you mean " + String.join(" or ", suggestions) + "?") + help;
      }
    }
    return withoutErrorPrefix(Failures.oneLine(e.getMessage())) + help;
  }

  /** picocli starts some messages with {@code Error: }; the line already starts with {@code error: }. */
  static String withoutErrorPrefix(String message) {
    return message.regionMatches(true, 0, "error: ", 0, 7) ? message.substring(7) : message;
  }

  /** The root's option {@code arg} names ({@code --api-url} or {@code --api-url=…}) when given to a subcommand. */
  private static @Nullable String globalOption(CommandLine where, String arg) {
    CommandSpec spec = where.getCommandSpec();
    if (spec.root() == spec || !arg.startsWith("-")) {
      return null;
    }
    String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
    OptionSpec option = spec.root().findOption(name);
    return option != null && spec.findOption(name) == null && !option.usageHelp() && !option.versionHelp()
        ? name : null;
  }

  /** {@code state dump} for the spec of {@code airbytekit state dump}. */
  private static String commandPath(CommandSpec spec) {
    String qualified = spec.qualifiedName();
    int space = qualified.indexOf(' ');
    return space < 0 ? "" : qualified.substring(space + 1);
  }
}
