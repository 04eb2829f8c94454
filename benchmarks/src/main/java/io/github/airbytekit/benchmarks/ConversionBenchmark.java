package io.github.airbytekit.benchmarks;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.JsonCodec;
import io.github.airbytekit.domain.CatalogConverter;
import io.github.airbytekit.domain.StateConverter;
import java.io.IOException;
import java.util.function.Function;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

/**
 * Each conversion reads bytes, converts and writes bytes; {@code bare*} copies the same bytes through Moshi
 * verbatim ({@code nextSource()} into {@code valueSink()}), the floor the conversions are measured against.
 */
public class ConversionBenchmark extends BenchmarkSettings {
  byte[] configState;
  byte[] protocolState;
  byte[] configCatalog;
  byte[] protocolCatalog;

  @Setup
  public void setUp() {
    configState = Documents.configState(10_000);
    protocolState = Documents.protocolState(configState);
    configCatalog = Documents.configCatalog(2_000);
    protocolCatalog = Documents.protocolCatalog(configCatalog);
  }

  static long bareCopy(byte[] document) throws IOException {
    Buffer out = new Buffer();
    JsonReader reader = JsonReader.of(new Buffer().write(document));
    JsonWriter writer = JsonWriter.of(out);
    try (BufferedSource value = reader.nextSource(); BufferedSink sink = writer.valueSink()) {
      sink.writeAll(value);
    }
    writer.flush();
    long size = out.size();
    out.clear();
    return size;
  }

  @Benchmark
  public long stateBareCopyConfig() throws IOException {
    return bareCopy(configState);
  }

  @Benchmark
  public long stateConfigToProtocol() {
    return convert(configState, AirbyteJson.connectionState(), StateConverter::toProtocol, AirbyteJson.stateMessages());
  }

  @Benchmark
  public long stateBareCopyProtocol() throws IOException {
    return bareCopy(protocolState);
  }

  @Benchmark
  public long stateProtocolToConfig() {
    return convert(protocolState, AirbyteJson.stateMessages(), messages -> StateConverter.fromProtocol(messages, "c"), AirbyteJson.connectionState());
  }

  @Benchmark
  public long catalogBareCopyConfig() throws IOException {
    return bareCopy(configCatalog);
  }

  @Benchmark
  public long catalogConfigToProtocol() {
    return convert(configCatalog, AirbyteJson.syncCatalog(), CatalogConverter::toProtocol, AirbyteJson.configuredCatalog());
  }

  @Benchmark
  public long catalogBareCopyProtocol() throws IOException {
    return bareCopy(protocolCatalog);
  }

  @Benchmark
  public long catalogProtocolToConfig() {
    return convert(protocolCatalog, AirbyteJson.configuredCatalog(), CatalogConverter::fromProtocol, AirbyteJson.syncCatalog());
  }

  /** Bytes in, typed read, conversion, bytes out: what a user's dump → convert → write costs. */
  private static <A, B> long convert(byte[] document, JsonCodec<A> in, Function<A, B> conversion, JsonCodec<B> out) {
    Buffer sink = new Buffer();
    out.write(conversion.apply(in.read(new Buffer().write(document))), sink);
    long size = sink.size();
    sink.clear();
    return size;
  }
}
