package io.github.airbytekit.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ReadmeIsCompiledTest {
  @Test
  void readmeExampleIsExactlyTheCompiledTest() throws Exception {
    Path readme = Path.of("README.md");
    Path source = Path.of("src/test/java/io/github/airbytekit/testkit/readme/ReadmeExampleTest.java");
    Assumptions.assumeTrue(Files.exists(readme) && Files.exists(source), "run from the testkit module directory");
    String code = Files.readString(source, StandardCharsets.UTF_8);
    String body = code.substring(code.indexOf("import static"));

    assertThat(Files.readString(readme, StandardCharsets.UTF_8)).contains("package com.example;\n\n" + body);
  }
}
