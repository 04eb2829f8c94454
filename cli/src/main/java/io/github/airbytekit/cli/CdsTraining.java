package io.github.airbytekit.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The training run of the launcher's class-data archive ({@code bin/airbytekit}: {@code java
 * -XX:ArchiveClassesAtExit=… -cp airbytekit.jar io.github.airbytekit.cli.CdsTraining}): one JVM runs the commands
 * that need no Airbyte (the help answers, {@code state convert} and {@code catalog convert} in both directions,
 * compact and pretty) on small documents, so that the archive holds the classes of each of them; a JDK 17 archive
 * is what one process loaded.
 */
final class CdsTraining {
  private static final String CONFIG_STATE = "{\"stateType\":\"stream\",\"connectionId\":\"c\",\"streamState\":"
      + "[{\"streamDescriptor\":{\"name\":\"s\",\"namespace\":\"n\"},\"streamState\":{\"c\":1,\"l\":[1.5,\"\\u00e9\"]}}]}";
  private static final String CONFIG_CATALOG = "{\"streams\":[{\"stream\":{\"name\":\"t\",\"jsonSchema\":"
      + "{\"type\":\"object\"},\"supportedSyncModes\":[\"full_refresh\",\"incremental\"]},\"config\":{\"syncMode\":"
      + "\"incremental\",\"destinationSyncMode\":\"append\",\"cursorField\":[\"u\"],\"primaryKey\":[[\"id\"]],"
      + "\"selected\":true}}]}";

  private CdsTraining() {}

  /**
   * Runs the sample commands; nothing is printed.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run("--help");
    run("state", "convert", "--help");
    run();
    for (String kind : new String[] {"state", "catalog"}) {
      String config = kind.equals("state") ? CONFIG_STATE : CONFIG_CATALOG;
      String protocol = output(config, kind, "convert", "--to", "protocol");
      output(protocol, kind, "convert", "--to", "config");
      output(config, "--pretty", kind, "convert", "--to", "protocol");
    }
  }

  private static void run(String... args) {
    output("", args);
  }

  private static String output(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AirbytekitCli.execute(args, Map.of(), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out,
        new PrintWriter(Writer.nullWriter()), false, false, null, null);
    return out.toString(StandardCharsets.UTF_8);
  }
}
