package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PyAirbyte's state cases (behaviour document §9.1, cases 1–34), with our outputs. Where we deliberately differ,
 * the test name says so.
 */
class StatePyAirbyteCasesTest {
  private static final String USERS = "{\"streamDescriptor\":{\"name\":\"users\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}";
  private static final String ORDERS = "{\"streamDescriptor\":{\"name\":\"orders\"},\"streamState\":{\"cursor\":\"2024-06-01\"}}";

  private static ConnectionState read(String json) {
    return AirbyteJson.connectionState().read(json);
  }

  private static String write(ConnectionState state) {
    return AirbyteJson.connectionState().write(state);
  }

  private static String protocol(List<AirbyteStateMessage> messages) {
    return AirbyteJson.stateMessages().write(messages);
  }

  private static List<AirbyteStateMessage> messages(String json) {
    return AirbyteJson.stateMessages().read(json);
  }

  @Nested
  class StreamMatching {
    // Cases 1-8: descriptor (D, DN) queried with (Q, QN); "null" means absent.
    @ParameterizedTest(name = "case {0}: query {1}/{2} vs entry {3}/{4} -> {5}")
    @CsvSource(nullValues = "null", value = {
        "1, users, null, users, null, true",
        "2, users, null, users, public, false",
        "3, users, '', users, null, true",
        "4, users, null, users, '', true",
        "5, users, public, users, public, true",
        "6, users, public, users, private, false",
        "7, orders, null, users, null, false",
        "8, users, public, users, null, false"})
    void findStreamMatchesNameExactlyAndNullNamespaceAsEmpty(
        int caseNo, String q, String qn, String d, String dn, boolean match) {
      ConnectionState state = ConnectionState.builder()
          .stateType(StateType.STREAM)
          .connectionId("c")
          .streamState(List.of(StreamState.builder()
              .streamDescriptor(StreamDescriptor.of(d, dn))
              .streamState(RawJson.of("{\"cursor\":\"2024-01-01\"}"))
              .build()))
          .build();
      assertThat(state.findStream(q, qn).isPresent()).as("case %d", caseNo).isEqualTo(match);
      state.findStream(q, qn).ifPresent(
          e -> assertThat(e.getStreamState().toJson()).isEqualTo("{\"cursor\":\"2024-01-01\"}"));
    }
  }

  @Nested
  class StreamListExtraction {
    @Test
    void case9_streamTypeListsItsStreamState() {
      ConnectionState s = read("{\"stateType\":\"stream\",\"connectionId\":\"test-conn-id\",\"streamState\":[" + USERS + "," + ORDERS + "]}");
      assertThat(s.streams()).hasSize(2);
    }

    @Test
    void case10_globalTypeListsGlobalStreamStates() {
      ConnectionState s = read("{\"stateType\":\"global\",\"connectionId\":\"test-conn-id\",\"globalState\":{\"streamStates\":[" + USERS + "," + ORDERS + "]}}");
      assertThat(s.streams()).hasSize(2);
    }

    @Test
    void case11_legacyHasNoStreams() {
      assertThat(read("{\"stateType\":\"legacy\",\"connectionId\":\"test-conn-id\"}").streams()).isEmpty();
    }

    @Test
    void case12_notSetHasNoStreams() {
      assertThat(read("{\"stateType\":\"not_set\",\"connectionId\":\"test-conn-id\"}").streams()).isEmpty();
    }

    @Test
    void case13_streamTypeWithoutEntriesHasNoStreams() {
      assertThat(read("{\"stateType\":\"stream\",\"connectionId\":\"test-conn-id\"}").streams()).isEmpty();
    }
  }

  @Nested
  class RenderingAndParsing {
    @Test
    void case14_toStringNamesConnectionTypeAndStreamCount() {
      ConnectionState s = read("{\"stateType\":\"stream\",\"connectionId\":\"abc-123\",\"streamState\":[" + USERS + "]}");
      assertThat(s.toString()).contains("abc-123", "stateType=stream", "streams=1");
    }

    @Test
    void case15_toStringOfGlobalStateCountsGlobalStreams() {
      ConnectionState s = read("{\"stateType\":\"global\",\"connectionId\":\"abc-456\",\"globalState\":{\"shared_state\":{\"cdc\":true},\"streamStates\":[" + USERS + "," + ORDERS + "]}}");
      assertThat(s.toString()).contains("abc-456", "stateType=global", "streams=2");
    }

    @Test
    void case16_parsesCamelCaseStreamState() {
      ConnectionState s = read("{\"stateType\":\"stream\",\"connectionId\":\"test-conn-id\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}]}");
      assertThat(s.getStateType()).isEqualTo(StateType.STREAM);
      assertThat(s.getConnectionId()).isEqualTo("test-conn-id");
      assertThat(s.getStreamState()).hasSize(1);
      StreamState e = s.getStreamState().get(0);
      assertThat(e.getStreamDescriptor().getName()).isEqualTo("users");
      assertThat(e.getStreamDescriptor().getNamespace()).isEqualTo("public");
      assertThat(e.getStreamState().toJson()).isEqualTo("{\"cursor\":\"2024-01-01\"}");
    }

    @Test
    void case17_parsesGlobalStateWithCamelCaseSharedStateAndWritesTheWireNameSharedState() {
      ConnectionState s = read("{\"stateType\":\"global\",\"connectionId\":\"test-conn-id\",\"globalState\":{\"sharedState\":{\"cdc_offset\":\"12345\"},\"streamStates\":[{\"streamDescriptor\":{\"name\":\"users\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}]}}");
      assertThat(s.getStateType()).isEqualTo(StateType.GLOBAL);
      assertThat(s.getGlobalState().getSharedState().toJson()).isEqualTo("{\"cdc_offset\":\"12345\"}");
      assertThat(s.streams()).extracting(e -> e.getStreamDescriptor().getName()).containsExactly("users");
      assertThat(write(s)).contains("\"shared_state\":{\"cdc_offset\":\"12345\"}");
    }
  }

  @Nested
  class ConfigToProtocol {
    @Test
    void case18_streamStateBecomesOneStreamMessagePerEntry_differs_absentNamespaceStaysAbsent() {
      ConnectionState s = read("{\"stateType\":\"stream\",\"connectionId\":\"conn-1\",\"streamState\":["
          + "{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":\"2024-01-01\"}},"
          + ORDERS + "]}");
      assertThat(protocol(StateConverter.toProtocol(s))).isEqualTo("["
          + "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"stream_state\":{\"cursor\":\"2024-01-01\"}}},"
          + "{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"orders\"},\"stream_state\":{\"cursor\":\"2024-06-01\"}}}]");
    }

    @Test
    void case19_globalStateBecomesOneGlobalMessage_differs_absentNamespaceStaysAbsent() {
      ConnectionState s = read("{\"stateType\":\"global\",\"connectionId\":\"conn-2\",\"globalState\":{\"shared_state\":{\"cdc_offset\":\"12345\"},\"streamStates\":[" + USERS + "]}}");
      assertThat(protocol(StateConverter.toProtocol(s))).isEqualTo("[{\"type\":\"GLOBAL\",\"global\":{"
          + "\"shared_state\":{\"cdc_offset\":\"12345\"},"
          + "\"stream_states\":[{\"stream_descriptor\":{\"name\":\"users\"},\"stream_state\":{\"cursor\":\"2024-01-01\"}}]}}]");
    }

    @Test
    void case20_legacyStateBecomesOneLegacyMessage() {
      ConnectionState s = read("{\"stateType\":\"legacy\",\"connectionId\":\"conn-3\",\"state\":{\"some_key\":\"some_value\"}}");
      assertThat(protocol(StateConverter.toProtocol(s))).isEqualTo("[{\"type\":\"LEGACY\",\"data\":{\"some_key\":\"some_value\"}}]");
    }

    @Test
    void case21_notSetBecomesNoMessages() {
      assertThat(StateConverter.toProtocol(read("{\"stateType\":\"not_set\",\"connectionId\":\"conn-4\"}"))).isEmpty();
    }
  }

  @Nested
  class ProtocolToConfig {
    @Test
    void case22_streamMessagesBecomeStreamState() {
      ConnectionState s = StateConverter.fromProtocol(messages("[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"stream_state\":{\"cursor\":\"2024-01-01\"}}}]"), "conn-1");
      assertThat(write(s)).isEqualTo("{\"stateType\":\"stream\",\"connectionId\":\"conn-1\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}]}");
    }

    @Test
    void case23_globalMessageBecomesGlobalState_differs_sharedStateWrittenUnderItsWireName() {
      ConnectionState s = StateConverter.fromProtocol(messages("[{\"type\":\"GLOBAL\",\"global\":{\"shared_state\":{\"cdc_offset\":\"12345\"},\"stream_states\":[{\"stream_descriptor\":{\"name\":\"users\"},\"stream_state\":{\"cursor\":\"2024-01-01\"}}]}}]"), "conn-2");
      assertThat(write(s)).isEqualTo("{\"stateType\":\"global\",\"connectionId\":\"conn-2\",\"globalState\":{\"shared_state\":{\"cdc_offset\":\"12345\"},\"streamStates\":[{\"streamDescriptor\":{\"name\":\"users\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}]}}");
    }

    @Test
    void case24_legacyMessageBecomesLegacyState() {
      ConnectionState s = StateConverter.fromProtocol(messages("[{\"type\":\"LEGACY\",\"data\":{\"some_key\":\"some_value\"}}]"), "conn-3");
      assertThat(write(s)).isEqualTo("{\"stateType\":\"legacy\",\"connectionId\":\"conn-3\",\"state\":{\"some_key\":\"some_value\"}}");
    }

    @Test
    void case25_noMessagesBecomeNotSet() {
      assertThat(write(StateConverter.fromProtocol(List.of(), "conn-4"))).isEqualTo("{\"stateType\":\"not_set\",\"connectionId\":\"conn-4\"}");
    }
  }

  @Nested
  class RoundTrips {
    private void assertRoundTrip(String json) {
      ConnectionState s = read(json);
      ConnectionState back = StateConverter.fromProtocol(StateConverter.toProtocol(s), s.getConnectionId());
      assertThat(back).isEqualTo(s);
      assertThat(write(back)).isEqualTo(json);
    }

    @Test
    void case26_streamStateRoundTripsExactly() {
      assertRoundTrip("{\"stateType\":\"stream\",\"connectionId\":\"conn-rt\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}," + ORDERS + "]}");
    }

    @Test
    void case27_globalStateRoundTripsExactly() {
      assertRoundTrip("{\"stateType\":\"global\",\"connectionId\":\"conn-rt-g\",\"globalState\":{\"shared_state\":{\"cdc\":true},\"streamStates\":[{\"streamDescriptor\":{\"name\":\"users\",\"namespace\":\"public\"},\"streamState\":{\"cursor\":\"2024-01-01\"}}]}}");
    }

    @Test
    void case28_legacyStateRoundTripsExactly() {
      assertRoundTrip("{\"stateType\":\"legacy\",\"connectionId\":\"conn-rt-l\",\"state\":{\"opaque\":\"blob\"}}");
    }
  }

  @Nested
  class ProtocolDetection {
    @Test
    void case29_listOfTypedMessagesIsProtocol_differs_readingItRequiresStreamDescriptor() {
      String json = "[{\"type\":\"STREAM\",\"stream\":{}}]";
      assertThat(AirbyteJson.detectStateForm(json)).isEqualTo(JsonForm.PROTOCOL);
      assertThatThrownBy(() -> AirbyteJson.readStateOfAnyForm(json, "c"))
          .isInstanceOf(AirbyteDataException.class)
          .hasMessage("$[0].stream.stream_descriptor is required");
    }

    @Test
    void case30_objectWithTypeIsProtocol() {
      assertThat(AirbyteJson.detectStateForm("{\"type\":\"STREAM\",\"stream\":{}}")).isEqualTo(JsonForm.PROTOCOL);
    }

    @Test
    void case31_objectWithStateTypeIsConfigApi() {
      assertThat(AirbyteJson.detectStateForm("{\"stateType\":\"stream\",\"connectionId\":\"x\"}")).isEqualTo(JsonForm.CONFIG_API);
    }

    @Test
    void case32_emptyListIsProtocolAndReadsAsNotSet() {
      assertThat(AirbyteJson.detectStateForm("[]")).isEqualTo(JsonForm.PROTOCOL);
      assertThat(AirbyteJson.readStateOfAnyForm("[]", "c").getStateType()).isEqualTo(StateType.NOT_SET);
    }

    @Test
    void case33_listOfConfigEntriesIsRefused_differs_errorInsteadOfFalse() {
      assertThatThrownBy(() -> AirbyteJson.detectStateForm("[{\"streamDescriptor\":{\"name\":\"x\"},\"streamState\":{}}]"))
          .isInstanceOf(AirbyteDataException.class)
          .hasMessageStartingWith("$[0].type is required");
    }

    @Test
    void case34_listWithOneUntypedItemIsRefused_differs_errorNamesTheItem() {
      assertThatThrownBy(() -> AirbyteJson.detectStateForm("[{\"type\":\"STREAM\",\"stream\":{}},{\"no_type\":true}]"))
          .isInstanceOf(AirbyteDataException.class)
          .hasMessageStartingWith("$[1].type is required")
          .extracting(e -> ((AirbyteDataException) e).jsonPath()).isEqualTo("$[1].type");
    }
  }
}
