package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.io.PrintWriter;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module descriptors of domain and api-client work on the module path (the other tests run on the class path):
 * a small modular consumer compiles against them and runs in its own module layer, using the codecs, Moshi's
 * reflective adapters on generated models (the packages opened to Moshi) and Retrofit services; internals stay
 * out of reach.
 */
class ModulePathTest {
  /** Our modules' classes or jars and their run-time dependencies, taken from the test class path. */
  private static final List<String> MODULE_JARS = List.of("airbytekit-domain", "airbytekit-api-client", "moshi-",
      "okio-jvm-", "kotlin-stdlib-", "retrofit-", "okhttp-", "jspecify-");

  private static List<Path> modulePath;

  @TempDir
  Path dir;

  @BeforeAll
  static void findModules() {
    modulePath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .filter(p -> isOurClasses(p) || MODULE_JARS.stream().anyMatch(p.getFileName().toString()::startsWith))
        .collect(Collectors.toList());
  }

  private static boolean isOurClasses(Path entry) {
    return entry.endsWith(Path.of("target", "classes"))
        && (entry.getParent().getParent().endsWith("domain") || entry.getParent().getParent().endsWith("api-client"));
  }

  @Test
  void aModularConsumerCompilesAndRunsAgainstTheDescriptors() throws Exception {
    Path out = compile("""
        package consumer;

        import io.github.airbytekit.client.ApiMoshi;
        import io.github.airbytekit.client.ConfigApiServices;
        import io.github.airbytekit.client.configapi.AttemptLogs;
        import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
        import io.github.airbytekit.client.publicapi.model.JobResponse;
        import io.github.airbytekit.domain.AirbyteJson;
        import io.github.airbytekit.domain.ConnectionState;

        public final class Main {
          public static String run() throws Exception {
            ConnectionState state = AirbyteJson.connectionState().read("{\\"stateType\\":\\"legacy\\",\\"state\\":[1]}");
            WebBackendConnectionRead connection = ApiMoshi.moshi().adapter(WebBackendConnectionRead.class)
                .fromJson("{\\"name\\":\\"n\\",\\"status\\":\\"future\\",\\"syncCatalog\\":{\\"streams\\":[]}}");
            AttemptLogs logs = ApiMoshi.moshi().adapter(AttemptLogs.class).fromJson("{\\"logLines\\":[\\"x\\"]}");
            String job = ApiMoshi.moshi().adapter(JobResponse.class).toJson(new JobResponse().jobId(7L));
            ConfigApiServices.create("http://localhost:1/api/v1", new okhttp3.OkHttpClient());
            return state.getState().toJson() + " " + connection.getName() + " " + connection.getStatus().wireValue()
                + " " + connection.getSyncCatalog().getStreams().size() + " " + logs.getLogLines() + " " + job;
          }
        }
        """);
    assertThat(errors).as("javac output").isEmpty();

    ModuleLayer layer = layer(out, "consumer");
    Object result = layer.findLoader("consumer").loadClass("consumer.Main").getMethod("run").invoke(null);
    assertThat(result).isEqualTo("[1] n future 0 [x] {\"jobId\":7}");
  }

  @Test
  void internalPackagesAreNotExportedToOtherModules() throws Exception {
    compile("""
        package consumer;

        public final class Main {
          io.github.airbytekit.domain.internal.ByteIn reader;
          io.github.airbytekit.client.internal.BaseUrls urls;
        }
        """);
    assertThat(errors).contains("package io.github.airbytekit.domain.internal is not visible")
        .contains("package io.github.airbytekit.client.internal is not visible");
  }

  @Test
  void theDomainAloneResolvesAndReadsJson() throws Exception {
    ModuleLayer layer = layer(null, "io.github.airbytekit.domain");
    Class<?> json = layer.findLoader("io.github.airbytekit.domain").loadClass("io.github.airbytekit.domain.AirbyteJson");
    Object codec = json.getMethod("syncCatalog").invoke(null);
    Object catalog = codec.getClass().getMethod("read", String.class).invoke(codec, "{\"streams\":[]}");
    assertThat(codec.getClass().getMethod("write", Object.class).invoke(codec, catalog)).isEqualTo("{\"streams\":[]}");
  }

  private String errors = "";

  private Path compile(String main) throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/consumer"));
    Files.writeString(dir.resolve("src/module-info.java"), "module consumer { requires io.github.airbytekit.client; exports consumer; }");
    Files.writeString(src.resolve("Main.java"), main);
    Path out = dir.resolve("out");
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter output = new StringWriter();
    PrintWriter writer = new PrintWriter(output);
    int status = javac.run(writer, writer, "--release", "17", "-Xlint:none", "-d", out.toString(), "--module-path",
        modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
        dir.resolve("src/module-info.java").toString(), src.resolve("Main.java").toString());
    writer.flush();
    errors = status == 0 ? "" : output.toString();
    return out;
  }

  private static ModuleLayer layer(Path consumer, String root) {
    List<Path> paths = new ArrayList<>(modulePath);
    if (consumer != null) {
      paths.add(0, consumer);
    }
    ModuleLayer boot = ModuleLayer.boot();
    Configuration configuration = boot.configuration()
        .resolve(ModuleFinder.of(paths.toArray(Path[]::new)), ModuleFinder.of(), Set.of(root));
    return boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
  }
}
