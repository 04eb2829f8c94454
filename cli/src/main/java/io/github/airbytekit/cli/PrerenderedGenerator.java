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
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * Build step (cli/pom.xml, process-classes, in a JVM of its own whose stdout is not a terminal): renders
 * {@link Prerendered}'s answers with picocli and writes the resource. {@code java … PrerenderedGenerator FILE}.
 */
final class PrerenderedGenerator {
  private PrerenderedGenerator() {}

  /**
   * Writes the answers to the file {@code args[0]}.
   *
   * @param args the resource file to write
   * @throws IOException if it cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (System.console() != null) {
      throw new IllegalStateException("run with stdout redirected: on a terminal picocli renders for its width");
    }
    Path file = Path.of(args[0]);
    Files.createDirectories(file.getParent());
    try (OutputStream stream = Files.newOutputStream(file)) {
      write(new DataOutputStream(stream));
    }
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

  /** What picocli prints for {@code args}, with an empty environment and stdin. */
  static Prerendered.Answer render(String[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int exitCode = AirbytekitCli.executeWithPicocli(
        args, Map.of(), new ByteArrayInputStream(new byte[0]), out, new PrintWriter(err, true));
    return new Prerendered.Answer(exitCode, out.toByteArray(), err.toString());
  }

  private static void write(DataOutputStream data) throws IOException {
    List<String[]> invocations = invocations();
    data.writeInt(invocations.size());
    for (String[] args : invocations) {
      Prerendered.Answer answer = render(args);
      if (new String(answer.out, StandardCharsets.UTF_8).indexOf('\u001b') >= 0) {
        throw new IllegalStateException("picocli coloured the help of " + String.join(" ", args));
      }
      data.writeUTF(String.join("\u0000", args));
      data.writeInt(answer.exitCode);
      data.writeInt(answer.out.length);
      data.write(answer.out);
      data.writeUTF(answer.err);
    }
  }
}
