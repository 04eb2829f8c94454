/**
 * The {@code airbytekit} command line; its one public type is {@link io.github.airbytekit.cli.AirbytekitCli}.
 * picocli reads the commands' annotated fields and methods reflectively.
 */
// Most libraries used here are automatic modules (a manifest name, no descriptor).
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.airbytekit.cli {
  requires io.github.airbytekit.connections;
  requires io.github.airbytekit.testkit;
  requires com.squareup.moshi;
  requires okio;
  requires info.picocli;
  requires static org.jspecify;

  exports io.github.airbytekit.cli;
  opens io.github.airbytekit.cli to info.picocli;
}
