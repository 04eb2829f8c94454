package io.github.airbytekit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/airbytekit} in a scratch repository, with stand-ins for {@code mvn} and {@code java}
 * that record how they were called: it builds only when needed, from the root, and passes the
 * arguments through.
 */
class LauncherTest {
  private static final Path LAUNCHER = Path.of("..", "bin", "airbytekit").toAbsolutePath().normalize();

  @TempDir Path scratch;
  private Path repo;
  private Path tools;
  private Path log;
  /** Whether the launcher may make and use its class-data archive (off unless a test is about it). */
  private boolean cds;

  @BeforeEach
  void scratchRepository() throws IOException {
    assumeTrue(Files.isRegularFile(LAUNCHER) && Files.isExecutable(Path.of("/bin/bash")));
    repo = scratch.resolve("repo");
    tools = scratch.resolve("tools");
    log = scratch.resolve("calls.log");
    Files.createDirectories(repo.resolve("bin"));
    Files.copy(LAUNCHER, repo.resolve("bin/airbytekit"));
    repo.resolve("bin/airbytekit").toFile().setExecutable(true);
    Files.writeString(repo.resolve("pom.xml"), "<project/>");
    Files.createDirectories(repo.resolve("domain/src/main/java"));
    Files.writeString(repo.resolve("domain/src/main/java/A.java"), "class A {}");
    Files.createDirectories(tools.resolve("bin"));
    script("mvn", "echo \"mvn $* (in $PWD)\" >> " + log + "\nmkdir -p cli/target && touch cli/target/airbytekit.jar");
    // Like a JVM asked to dump a class-data archive, the fake leaves the file behind.
    script("bin/java", "echo \"java $*\" >> " + log
        + "\nfor a in \"$@\"; do case $a in -XX:ArchiveClassesAtExit=*) touch \"${a#*=}\";; esac; done");
  }

  @Test
  void buildsWhenTheJarIsMissingThenPassesTheArgumentsThrough() throws Exception {
    List<String> calls = launch(repo, "state", "dump", "a b");

    assertThat(calls).hasSize(2);
    assertThat(calls.get(0)).isEqualTo("mvn -B -q -DskipTests -Dmaven.javadoc.skip=true -pl cli -am package (in " + repo.toRealPath() + ")");
    assertThat(calls.get(1))
        .startsWith("java ")
        .contains("-Dairbytekit.stderr.tty=false")
        .endsWith("-jar " + repo.toRealPath() + "/cli/target/airbytekit.jar state dump a b");
  }

  @Test
  void doesNotBuildWhenTheJarIsNewerThanEverySource() throws Exception {
    launch(repo, "demo");
    Files.delete(log);

    assertThat(launch(scratch, "demo")).singleElement().asString().startsWith("java ");
  }

  @Test
  void rebuildsWhenASourceOrPomChanges() throws Exception {
    launch(repo, "demo");
    Path jar = repo.resolve("cli/target/airbytekit.jar");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
    Files.delete(log);

    assertThat(launch(repo, "demo")).first().asString().startsWith("mvn ");
  }

  @Test
  void worksThroughASymlinkFromAnywhere() throws Exception {
    Path link = scratch.resolve("airbytekit");
    Files.createSymbolicLink(link, repo.resolve("bin/airbytekit"));

    List<String> calls = run(scratch, link.toString(), "--help");

    assertThat(calls.get(calls.size() - 1)).endsWith("-jar " + repo.toRealPath() + "/cli/target/airbytekit.jar --help");
  }

  @Test
  void makesTheClassDataArchiveOnceAfterABuildAndUsesIt() throws Exception {
    cds = true;
    List<String> first = launch(repo, "--help");
    List<String> second = launch(repo, "--help").subList(first.size(), first.size() + 1);

    String archive = repo.toRealPath() + "/cli/target/airbytekit.jsa";
    assertThat(first).hasSize(3);
    assertThat(first.get(1)).contains("-XX:ArchiveClassesAtExit=" + archive).endsWith("-cp " + repo.toRealPath() + "/cli/target/airbytekit.jar io.github.airbytekit.cli.CdsTraining");
    assertThat(first.get(2)).contains("-XX:SharedArchiveFile=" + archive + " -Xshare:auto").endsWith(" --help");
    assertThat(second).singleElement().asString().contains("-XX:SharedArchiveFile=" + archive);
  }

  private List<String> launch(Path cwd, String... args) throws Exception {
    String[] all = new String[args.length + 1];
    all[0] = repo.resolve("bin/airbytekit").toString();
    System.arraycopy(args, 0, all, 1, args.length);
    return run(cwd, all);
  }

  private List<String> run(Path cwd, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
    builder.environment().put("PATH", tools.resolve("bin") + ":" + tools + ":/usr/bin:/bin");
    builder.environment().put("JAVA_HOME", tools.toString());
    builder.environment().put("AIRBYTEKIT_CDS", cds ? "1" : "0");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return Files.readAllLines(log);
  }

  private void script(String name, String body) throws IOException {
    Path file = tools.resolve(name);
    Files.writeString(file, "#!/bin/bash\n" + body + "\n");
    file.toFile().setExecutable(true);
  }
}
