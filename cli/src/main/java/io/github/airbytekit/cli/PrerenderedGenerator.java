package io.github.airbytekit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Build step (cli/pom.xml, process-classes, in a JVM of its own whose stdout is not a terminal): renders
 * {@link Prerendered}'s answers with picocli and writes the resources: FILE (off a console) and, next to it, those on
 * a console ({@link HelpLayout}). {@code java … PrerenderedGenerator FILE}.
 */
final class PrerenderedGenerator {
  private PrerenderedGenerator() {}

  /**
   * Writes the answers to the file {@code args[0]} and those on a console next to it.
   *
   * @param args the resource file (off a console) to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (System.console() != null) {
      throw new IllegalStateException("run with stdout redirected: on a terminal picocli renders for its width");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    write(file, HelpLayout.PLAIN);
    write(file.resolveSibling(Prerendered.COLOUR_RESOURCE), HelpLayout.onTerminal(80, true));
    write(file.resolveSibling(Prerendered.PLAIN_TERMINAL_RESOURCE), HelpLayout.onTerminal(80, false));
  }

  /** The invocations answered from the resource: no arguments, {@code help}, and each command with -h and --help. */
  static List<String[]> invocations() {
    List<String[]> all = new ArrayList<>();
    all.add(new String[0]);
    all.add(new String[] {"help"});
    RootCommand root = new RootCommand(Map.of(), new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(),
        new PrintWriter(Writer.nullWriter()), false, false, null);
    addHelp(AirbytekitCli.commandLine(root, new String[] {"help"}), new ArrayList<>(), all);
    return all;
  }

  private static void addHelp(CommandLine command, List<String> path, List<String[]> all) {
    for (String option : new String[] {"--help", "-h"}) {
      List<String> args = new ArrayList<>(path);
      args.add(option);
      all.add(args.toArray(new String[0]));
    }
    command.getSubcommands().forEach((name, sub) -> {
      List<String> subPath = new ArrayList<>(path);
      subPath.add(name);
      addHelp(sub, subPath, all);
    });
  }

  /** What picocli prints for {@code args} off a console, with an empty environment and stdin. */
  static Prerendered.Answer render(String[] args) {
    return render(args, HelpLayout.PLAIN);
  }

  /** What picocli prints for {@code args} laid out as {@code layout}, with an empty environment and stdin. */
  static Prerendered.Answer render(String[] args, HelpLayout layout) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exitCode = AirbytekitCli.executeWithPicocli(
        args, Map.of(), new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true),
        cli -> onConsole(cli, layout));
    return new Prerendered.Answer(exitCode, out.toByteArray(), err.toString());
  }

  /**
   * Sets up {@code cli} to render as picocli does on the console {@code layout} describes, without asking the
   * terminal: its default colour scheme with colour on or off, and the root's auto width as a fixed one (the
   * subcommands have none: they keep 80 columns).
   */
  static void onConsole(CommandLine cli, HelpLayout layout) {
    if (!layout.console()) {
      return;
    }
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(
        layout.colour() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cli.getCommandSpec().usageMessage().autoWidth(false).width(layout.rootColumns());
  }

  /**
   * Writes every invocation's answers for {@code layout}; on a console those that change with the terminal's width
   * (the root's help) once per width at which they change, up to {@link Prerendered#MAX_COLUMNS}.
   */
  private static void write(Path file, HelpLayout layout) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(bytes);
    int count = 0;
    Map<String, List<Prerendered.Answer>> sweeps = new HashMap<>();
    for (String[] args : invocations()) {
      List<Prerendered.Answer> byWidth = layout.console() ? sweep(args, layout.colour(), sweeps) : List.of(render(args));
      Prerendered.Answer previous = null;
      for (int i = 0; i < byWidth.size(); i++) {
        Prerendered.Answer answer = byWidth.get(i);
        if (previous != null && sameAs(previous, answer)) {
          continue;
        }
        boolean coloured = new String(answer.out, StandardCharsets.UTF_8).indexOf('\u001b') >= 0;
        if (coloured ? !layout.colour() : layout.colour() && answer.out.length > 0) {
          throw new IllegalStateException("help of " + String.join(" ", args) + (coloured ? " coloured" : " plain")
              + " for " + layout);
        }
        data.writeUTF(String.join("\u0000", args));
        data.writeInt(previous == null ? 0 : HelpLayout.MINIMUM_COLUMNS + i);
        data.writeInt(answer.exitCode);
        data.writeInt(answer.out.length);
        data.write(answer.out);
        data.writeUTF(answer.err);
        count++;
        previous = answer;
      }
    }
    try (DataOutputStream stream = new DataOutputStream(Files.newOutputStream(file))) {
      stream.writeInt(count);
      bytes.writeTo(stream);
    }
  }

  /**
   * The answers of {@code args} on consoles from {@link HelpLayout#MINIMUM_COLUMNS} to {@link Prerendered#MAX_COLUMNS}
   * wide (only the narrowest when the widest is the same), from one command tree: building it is most of a
   * rendering's time; the test compares with fresh ones. Invocations that print the same at both ends (the root's
   * {@code --help}, {@code -h}, {@code help}) are taken to print the same at every width: {@code sweeps}, by both
   * ends, holds those made.
   */
  private static List<Prerendered.Answer> sweep(String[] args, boolean colour,
      Map<String, List<Prerendered.Answer>> sweeps) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    RootCommand root = new RootCommand(Map.of(), new ByteArrayInputStream(new byte[0]), out,
        new PrintWriter(err, true), false, false, null);
    CommandLine cli = AirbytekitCli.commandLine(root, args);
    try {
      Prerendered.Answer widest = renderAgain(cli, args, Prerendered.MAX_COLUMNS, colour, out, err);
      Prerendered.Answer narrowest = renderAgain(cli, args, HelpLayout.MINIMUM_COLUMNS, colour, out, err);
      if (sameAs(narrowest, widest)) {
        return List.of(narrowest);
      }
      String ends = describe(narrowest) + "\u0000" + describe(widest);
      List<Prerendered.Answer> made = sweeps.get(ends);
      if (made != null) {
        return made;
      }
      List<Prerendered.Answer> answers = new ArrayList<>(List.of(narrowest));
      for (int columns = HelpLayout.MINIMUM_COLUMNS + 1; columns < Prerendered.MAX_COLUMNS; columns++) {
        answers.add(renderAgain(cli, args, columns, colour, out, err));
      }
      answers.add(widest);
      sweeps.put(ends, answers);
      return answers;
    } finally {
      root.finish();
    }
  }

  private static Prerendered.Answer renderAgain(CommandLine cli, String[] args, int columns, boolean colour,
      ByteArrayOutputStream out, StringWriter err) {
    onConsole(cli, HelpLayout.onTerminal(columns, colour));
    int exitCode = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    Prerendered.Answer answer = new Prerendered.Answer(exitCode, out.toByteArray(), err.toString());
    out.reset();
    err.getBuffer().setLength(0);
    return answer;
  }

  private static String describe(Prerendered.Answer answer) {
    return answer.exitCode + "\u0000" + new String(answer.out, StandardCharsets.UTF_8) + "\u0000" + answer.err;
  }

  private static boolean sameAs(Prerendered.Answer a, Prerendered.Answer b) {
    return a.exitCode == b.exitCode && Arrays.equals(a.out, b.out) && a.err.equals(b.err);
  }
}
