package io.github.airbytekit.benchmarks;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.StateConverter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import okio.BufferedSink;
import okio.BufferedSource;
import okio.Okio;

/**
 * Peak heap of each conversion, measured as the smallest {@code -Xmx} with which a fresh JVM converts the
 * document file to a file (streams in, streams out). The figure includes the JVM's own baseline, so it is an upper
 * bound for the conversion itself; the bare streaming copy shows that baseline.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.HeapCheck      # 10 MB state, 8 MB catalog
 * java -cp benchmarks/target/benchmarks.jar io.github.airbytekit.benchmarks.HeapCheck 10   # 10x: 100 MB state, ...
 * }</pre>
 */
public final class HeapCheck {
  private HeapCheck() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 3) {
      run(args[0], new File(args[1]), new File(args[2]));
      return;
    }
    int scale = args.length > 0 ? Integer.parseInt(args[0]) : 1;
    Path dir = Files.createTempDirectory("airbytekit-heap");
    byte[] configState = Documents.configState(10_000 * scale);
    byte[] configCatalog = Documents.configCatalog(2_000 * scale);
    Path cs = write(dir, "config-state.json", configState);
    Path ps = write(dir, "protocol-state.json", Documents.protocolState(configState));
    Path cc = write(dir, "config-catalog.json", configCatalog);
    Path pc = write(dir, "protocol-catalog.json", Documents.protocolCatalog(configCatalog));
    System.out.printf("%-26s %9s %12s %8s%n", "workload", "doc MB", "min -Xmx MB", "ratio");
    report("bareCopy (state)", cs, dir);
    Files.delete(dir.resolve("out.json"));
    report("stateConfigToProtocol", cs, dir);
    report("stateProtocolToConfig", ps, dir);
    report("bareCopy (catalog)", cc, dir);
    report("catalogConfigToProtocol", cc, dir);
    report("catalogProtocolToConfig", pc, dir);
    for (Path p : List.of(cs, ps, cc, pc, dir.resolve("out.json"))) {
      Files.deleteIfExists(p);
    }
    Files.delete(dir);
  }

  private static Path write(Path dir, String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private static void report(String workload, Path in, Path dir) throws Exception {
    String name = workload.startsWith("bareCopy") ? "bareCopy" : workload;
    double docMb = Files.size(in) / (1024.0 * 1024.0);
    int lo = 2;
    int hi = 64 + (int) (4 * docMb);
    if (!fits(name, in, dir, hi)) {
      System.out.printf("%-26s %9.1f %12s%n", workload, docMb, "> " + hi);
      return;
    }
    while (lo < hi) { // smallest heap that works
      int mid = (lo + hi) / 2;
      if (fits(name, in, dir, mid)) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    System.out.printf("%-26s %9.1f %12d %7.2fx%n", workload, docMb, hi, hi / docMb);
  }

  private static boolean fits(String workload, Path in, Path dir, int mb) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx" + mb + "m");
    cmd.add("-Xms" + Math.min(mb, 2) + "m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(HeapCheck.class.getName());
    cmd.add(workload);
    cmd.add(in.toString());
    cmd.add(dir.resolve("out.json").toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    return p.waitFor() == 0;
  }

  private static void run(String workload, File in, File out) throws IOException {
    try (InputStream is = new BufferedInputStream(new FileInputStream(in));
        OutputStream os = new BufferedOutputStream(new FileOutputStream(out))) {
      switch (workload) {
        case "bareCopy":
          try (BufferedSource source = Okio.buffer(Okio.source(is)); BufferedSink sink = Okio.buffer(Okio.sink(os))) {
            JsonWriter writer = JsonWriter.of(sink);
            try (BufferedSource value = JsonReader.of(source).nextSource(); BufferedSink v = writer.valueSink()) {
              v.writeAll(value);
            }
            writer.flush();
          }
          break;
        case "stateConfigToProtocol":
          AirbyteJson.stateMessages().write(StateConverter.toProtocol(AirbyteJson.connectionState().read(is)), os);
          break;
        case "stateProtocolToConfig":
          AirbyteJson.connectionState().write(StateConverter.fromProtocol(AirbyteJson.stateMessages().read(is), "c"), os);
          break;
        case "catalogConfigToProtocol":
          AirbyteJson.configuredCatalog().write(CatalogConverter.toProtocol(AirbyteJson.syncCatalog().read(is)), os);
          break;
        case "catalogProtocolToConfig":
          AirbyteJson.syncCatalog().write(CatalogConverter.fromProtocol(AirbyteJson.configuredCatalog().read(is)), os);
          break;
        default:
          throw new IllegalArgumentException(workload);
      }
    } catch (OutOfMemoryError e) {
      System.exit(3);
    }
  }
}
