package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Per-stream edits change one entry and keep every other byte. */
class StreamStateOpsTest {
  private static final String STREAM = "{\"stateType\":\"stream\",\"connectionId\":\"c\",\"streamState\":["
      + "{\"streamDescriptor\":{\"name\":\"a\",\"namespace\":\"\"},\"streamState\":{\"n\":1.0},\"x\":1},"
      + "{\"streamDescriptor\":{\"name\":\"b\",\"namespace\":\"public\"},\"streamState\":{\"n\":2}}],\"top\":{}}";

  private static ConnectionState read(String json) {
    return AirbyteJson.connectionState().read(json);
  }

  private static String write(ConnectionState s) {
    return AirbyteJson.connectionState().write(s);
  }

  @Test
  void replacingABlobKeepsPositionDescriptorAndUnknownProperties_differs_pyAirbyteRewritesTheEntry() {
    ConnectionState s = read(STREAM).withStreamState("a", null, RawJson.of("{\"n\":99999999999999999999}"));
    assertThat(write(s)).isEqualTo(STREAM.replace("{\"n\":1.0}", "{\"n\":99999999999999999999}"));
  }

  @Test
  void settingAnAbsentStreamAppendsItWithoutNamespaceWhenNoneIsGiven() {
    ConnectionState s = read(STREAM).withStreamState("c", "", RawJson.of("{}"));
    assertThat(write(s)).isEqualTo(STREAM.replace("],\"top\"",
        ",{\"streamDescriptor\":{\"name\":\"c\"},\"streamState\":{}}],\"top\""));
  }

  @Test
  void namespaceMustMatchNoWildcard() {
    ConnectionState s = read(STREAM);
    assertThat(s.findStream("b", null)).isEmpty();
    assertThat(s.findStream("b", "public")).isPresent();
  }

  @Test
  void absentStreamAndNullBlobAreDistinguished_differs_pyAirbyteReturnsNullForBoth() {
    ConnectionState s = read("{\"stateType\":\"stream\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"n\"},"
        + "\"streamState\":null},{\"streamDescriptor\":{\"name\":\"m\"}}]}");
    assertThat(s.findStream("n", null)).hasValueSatisfying(e -> assertThat(e.getStreamState().isNull()).isTrue());
    assertThat(s.findStream("m", null)).hasValueSatisfying(e -> assertThat(e.getStreamState()).isNull());
    assertThat(s.findStream("x", null)).isEmpty();
  }

  @Test
  void globalEditKeepsSharedStateAndGlobalUnknownProperties() {
    String global = "{\"stateType\":\"global\",\"connectionId\":\"c\",\"globalState\":{\"shared_state\":{\"lsn\":12345678901234567890},"
        + "\"streamStates\":[{\"streamDescriptor\":{\"name\":\"a\"},\"streamState\":{\"n\":1}}],\"g\":[]}}";
    ConnectionState s = read(global).withStreamState("a", null, RawJson.nullValue());
    assertThat(write(s)).isEqualTo(global.replace("{\"n\":1}", "null"));
    ConnectionState added = read(global).withStreamState("b", "ns", RawJson.of("{}"));
    assertThat(write(added)).isEqualTo(global.replace("{\"n\":1}}]", "{\"n\":1}},{\"streamDescriptor\":{\"name\":\"b\","
        + "\"namespace\":\"ns\"},\"streamState\":{}}]"));
  }

  @Test
  void explicitNullListsDoNotCrash_differs_pyAirbyteCrashesOnStreamStateNull() {
    ConnectionState s = read("{\"stateType\":\"stream\",\"connectionId\":\"c\",\"streamState\":null}")
        .withStreamState("a", null, RawJson.of("{}"));
    assertThat(write(s)).isEqualTo("{\"stateType\":\"stream\",\"connectionId\":\"c\",\"streamState\":["
        + "{\"streamDescriptor\":{\"name\":\"a\"},\"streamState\":{}}]}");
  }

  @Test
  void withConnectionIdMovesAStateToAnotherConnection() {
    assertThat(write(read(STREAM).withConnectionId("other"))).isEqualTo(STREAM.replace("\"c\"", "\"other\""));
  }

  @Test
  void readingConfigStateOfAnyFormReplacesTheConnectionId() {
    assertThat(AirbyteJson.readStateOfAnyForm(STREAM, "other").getConnectionId()).isEqualTo("other");
    assertThat(AirbyteJson.readStateOfAnyForm(
        "{\"type\":\"LEGACY\",\"data\":{\"a\":1}}", "other").getState().toJson()).isEqualTo("{\"a\":1}");
  }

  @Test
  void withoutStreamsRemovesTheEntriesAndKeepsEveryOtherByte() {
    ConnectionState s = read(STREAM).withoutStreams(java.util.List.of(StreamId.of("a", null), StreamId.of("zz", null)));
    assertThat(write(s)).isEqualTo(STREAM.replace(
        "{\"streamDescriptor\":{\"name\":\"a\",\"namespace\":\"\"},\"streamState\":{\"n\":1.0},\"x\":1},", ""));
    assertThat(read(STREAM).withoutStreams(java.util.List.of(StreamId.of("b", null)))).isEqualTo(read(STREAM));
  }

  @Test
  void withoutStreamsOnAGlobalStateKeepsTheSharedState() {
    String global = "{\"stateType\":\"global\",\"globalState\":{\"shared_state\":{\"lsn\":1.50},"
        + "\"streamStates\":[{\"streamDescriptor\":{\"name\":\"a\"}},{\"streamDescriptor\":{\"name\":\"b\"}}],\"g\":1}}";
    ConnectionState s = read(global).withoutStreams(java.util.List.of(StreamId.of("a", "")));
    assertThat(write(s)).isEqualTo(global.replace("{\"streamDescriptor\":{\"name\":\"a\"}},", ""));
  }

  @Test
  void withoutStreamsRefusesALegacyStateAndLeavesNotSetAlone() {
    ConnectionState notSet = read("{\"stateType\":\"not_set\"}");
    assertThat(notSet.withoutStreams(java.util.List.of(StreamId.of("a", null)))).isSameAs(notSet);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read("{\"stateType\":\"legacy\",\"state\":{}}")
        .withoutStreams(java.util.List.of(StreamId.of("a", null))))
        .isInstanceOf(AirbyteDataException.class)
        .hasMessageContaining("its state is of type legacy");
  }

  @Test
  void streamIdLookupsAndEditsAreTheNameAndNamespaceOnes() {
    ConnectionState s = read(STREAM);
    assertThat(s.findStream(StreamId.of("a", null))).isEqualTo(s.findStream("a", ""));
    assertThat(s.withStreamState(StreamId.of("b", "public"), RawJson.of("1")))
        .isEqualTo(s.withStreamState("b", "public", RawJson.of("1")));
  }
}
