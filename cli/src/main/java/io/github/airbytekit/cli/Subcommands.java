package io.github.airbytekit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Lazy registration: only the subcommand named on the command line is built from its annotations (reflection
 * over its methods, the classes their signatures name); the others get a spec holding just their name, header and
 * description, read from the class annotation, which is all the root's help shows. An unknown name or
 * {@code help} builds every command, for picocli's suggestions and for {@code help COMMAND}.
 */
final class Subcommands {
  private Subcommands() {}

  /** The first argument that is neither an option nor an option's value; "" if there is none. */
  static String invoked(CommandSpec root, String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--")) {
        return i + 1 < args.length ? args[i + 1] : "";
      }
      if (arg.startsWith("-") && arg.length() > 1) {
        OptionSpec option = arg.contains("=") ? null : root.findOption(arg);
        if (option != null && option.arity().max() > 0) {
          i++;
        }
        continue;
      }
      return arg;
    }
    return "";
  }

  /**
   * Adds {@code command} to {@code root}: built in full if it is the invoked one (or every command is needed),
   * else as a name and description only.
   *
   * @return whether it was built in full
   */
  static boolean add(CommandLine root, Class<?> command) {
    CommandLine.Command annotation = command.getAnnotation(CommandLine.Command.class);
    String invoked = ((RootCommand) root.getCommand()).invoked;
    boolean full = invoked.equals(annotation.name()) || !invoked.isEmpty() && !known(invoked);
    if (full) {
      root.addSubcommand(annotation.name(), new CommandLine(command));
    } else {
      CommandSpec placeholder = CommandSpec.create().name(annotation.name());
      placeholder.usageMessage().header(annotation.header()).description(annotation.description());
      root.addSubcommand(annotation.name(), new CommandLine(placeholder));
    }
    return full;
  }

  private static boolean known(String name) {
    switch (name) {
      case "connection":
      case "sync":
      case "state":
      case "catalog":
      case "fake-server":
      case "demo":
        return true;
      default:
        return false;
    }
  }
}
