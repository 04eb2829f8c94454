package io.github.airbytekit.kotlintests.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.cli.AirbytekitCli;
import org.junit.jupiter.api.Test;

/** The cli's public API, its entry point, is {@code cli/api/airbytekit-cli.api}. */
class CliApiTest {
  @Test
  void theEntryPointIsTheCommittedListing() {
    ApiListings.assertModuleUpToDate(AirbytekitCli.class, "cli", "airbytekit-cli");
  }

  @Test
  void theEntryPointIsTheOnlyPublicType() throws Exception {
    assertThat(java.nio.file.Files.readString(ApiListings.committed("cli", "airbytekit-cli")).lines()
        .filter(line -> line.endsWith("{"))).containsExactly("public final class io.github.airbytekit.cli.AirbytekitCli {");
  }
}
