package io.github.airbytekit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Error messages are API: they name the JSON path and the problem. */
class ErrorMessageTest {
  private static AbstractThrowableAssert<?, ?> fails(Executable e, String message, String path) {
    return assertThatThrownBy(e::execute)
        .isInstanceOf(AirbyteDataException.class)
        .hasMessage(message)
        .matches(t -> path.equals(((AirbyteDataException) t).jsonPath()), "jsonPath is " + path);
  }

  private static final String E = "{\"streamDescriptor\":{\"name\":\"a\"}}";

  @Test
  void missingDescriptorNameNamesTheEntryIndex() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"stream\",\"streamState\":[" + E + "," + E + ","
            + E + ",{\"streamDescriptor\":{\"namespace\":\"x\"}}]}"),
        "$.streamState[3].streamDescriptor.name is required", "$.streamState[3].streamDescriptor.name");
  }

  @Test
  void moshiAdapterReportsTheSamePath() {
    com.squareup.moshi.JsonAdapter<ConnectionState> adapter =
        new com.squareup.moshi.Moshi.Builder().add(AirbyteJson.adapterFactory()).build().adapter(ConnectionState.class);
    fails(() -> adapter.fromJson("{\"stateType\":\"stream\",\"streamState\":[" + E + ",{\"streamDescriptor\":{}}]}"),
        "$.streamState[1].streamDescriptor.name is required", "$.streamState[1].streamDescriptor.name");
    fails(() -> adapter.fromJson("{\"stateType\":\"legacy\",\"state\":[1,]}"),
        "$.state is not valid JSON: unexpected character ']' at offset 33", "$.state"); // as JsonCodec says
  }

  @Test
  void deeplyNestedBlobsAreFine() {
    String deep = "[".repeat(5000) + "\"\u00e9\"" + "]".repeat(5000);
    String json = "{\"stateType\":\"legacy\",\"state\":" + deep + "}";
    assertThat(AirbyteJson.detectStateForm(json)).isEqualTo(JsonForm.CONFIG_API);
    assertThat(AirbyteJson.connectionState().write(AirbyteJson.connectionState().read(json))).isEqualTo(json);
    assertThat(StateConverter.toProtocol(AirbyteJson.readStateOfAnyForm(json, null)).get(0).getData().toJson())
        .isEqualTo(deep);
  }

  @Test
  void unterminatedDocumentIsRefused() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"stream\",\"streamState\":[{"),
        "$.streamState[0] is not valid JSON: unexpected end of input at offset 38", "$.streamState[0]");
  }

  @Test
  void emptyInputIsRefused() {
    fails(() -> AirbyteJson.connectionState().read("  "), "$ is not valid JSON: unexpected end of input at offset 2", "$");
  }

  @Test
  void surroundingWhitespaceIsFine() {
    assertThat(AirbyteJson.connectionState().read(" \n{\"stateType\":\"not_set\"}\n ").getStateType())
        .isEqualTo(StateType.NOT_SET);
  }

  @Test
  void wrongScalarTypesNameWhatWasFound() {
    fails(() -> AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\",\"isResumable\":\"yes\"},\"config\":{}}]}"),
        "$.streams[0].stream.isResumable must be a boolean, was a string", "$.streams[0].stream.isResumable");
    fails(() -> AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\",\"defaultCursorField\":[\"a\",null]},\"config\":{}}]}"),
        "$.streams[0].stream.defaultCursorField[1] must be a string, was null", "$.streams[0].stream.defaultCursorField[1]");
    fails(() -> AirbyteJson.syncCatalog().read("{\"streams\":{}}"), "$.streams must be an array, was an object", "$.streams");
  }

  @Test
  void missingStateTypeIsRequired() {
    fails(() -> AirbyteJson.connectionState().read("{\"connectionId\":\"c\"}"), "$.stateType is required", "$.stateType");
  }

  @Test
  void wrongTypeNamesExpectedAndActual() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"stream\",\"streamState\":[{\"streamDescriptor\":{\"name\":5}}]}"),
        "$.streamState[0].streamDescriptor.name must be a string, was a number", "$.streamState[0].streamDescriptor.name");
  }

  @Test
  void duplicateKeyIsRefused() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"stream\",\"stateType\":\"global\"}"),
        "$.stateType appears more than once in the object", "$.stateType");
  }

  @Test
  void malformedBlobNamesItsPath() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"legacy\",\"state\":{\"a\":tru}}"),
        "$.state is not valid JSON: invalid literal at offset 35", "$.state");
  }

  @Test
  void trailingDataIsRefused() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"not_set\"} {}"),
        "$ is followed by more data; expected the end of the document", "$");
  }

  @Test
  void bothSharedStateSpellingsAreRefused() {
    fails(() -> AirbyteJson.connectionState().read("{\"stateType\":\"global\",\"globalState\":{\"shared_state\":{},\"sharedState\":{}}}"),
        "$.globalState.sharedState conflicts with $.globalState.shared_state", "$.globalState.sharedState");
  }

  @Test
  void nonIntegerGenerationIdIsRefusedRatherThanReformatted() {
    fails(() -> AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\"},\"config\":{\"generationId\":1e3}}]}"),
        "$.streams[0].config.generationId must be an integer between -2^63 and 2^63-1, was 1e3",
        "$.streams[0].config.generationId");
  }

  @Test
  void catalogEntryWithoutConfigIsRefused() {
    fails(() -> AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\"}}]}"),
        "$.streams[0].config is required", "$.streams[0].config");
  }

  @Test
  void stateWithBothStateTypeAndTypeIsAmbiguous() {
    fails(() -> AirbyteJson.detectStateForm("{\"stateType\":\"stream\",\"type\":\"STREAM\"}"),
        "$ is ambiguous: it has both stateType (Config API state) and type (protocol state message)", "$");
  }

  @Test
  void stateWithNeitherMarkerIsRefused() {
    fails(() -> AirbyteJson.detectStateForm("{\"streamState\":[]}"),
        "$ is neither Config API state (no stateType) nor a protocol state message (no type)", "$");
  }

  @Test
  void lowerCaseTypeInAListIsRefused() {
    fails(() -> AirbyteJson.detectStateForm("[{\"type\":\"stream\"}]"),
        "$[0].type must be STREAM, GLOBAL or LEGACY in a list of protocol state messages", "$[0].type");
  }

  @Test
  void catalogMixingFormsNamesBothEntries() {
    fails(() -> AirbyteJson.detectCatalogForm("{\"streams\":[{\"stream\":{\"name\":\"a\"},\"config\":{}},"
            + "{\"stream\":{\"name\":\"b\"},\"sync_mode\":\"incremental\"}]}"),
        "$.streams[1] is in protocol form but $.streams[0] is in Config API form", "$.streams[1]");
  }

  @Test
  void catalogEntryWithBothMarkersIsAmbiguous() {
    fails(() -> AirbyteJson.detectCatalogForm("{\"streams\":[{\"stream\":{},\"config\":{},\"sync_mode\":\"x\"}]}"),
        "$.streams[0] is ambiguous: it has both config (Config API form) and sync_mode or destination_sync_mode"
            + " (protocol form)", "$.streams[0]");
  }

  @Test
  void catalogEntryWithNeitherMarkerIsRefused_differs_pyAirbyteSendsItUnchanged() {
    fails(() -> AirbyteJson.detectCatalogForm("{\"streams\":[{\"stream\":{\"name\":\"a\"}}]}"),
        "$.streams[0] is neither a Config API entry (no config) nor a protocol stream (no sync_mode or"
            + " destination_sync_mode)", "$.streams[0]");
  }

  @Test
  void globalStateWithoutGlobalStateIsRefused_differs_pyAirbyteTreatsItAsStreamState() {
    ConnectionState s = AirbyteJson.connectionState().read("{\"stateType\":\"global\",\"connectionId\":\"c\"}");
    fails(() -> StateConverter.toProtocol(s), "$.globalState is required when $.stateType is global", "$.globalState");
  }

  @Test
  void mixedMessageTypesAreRefused_differs_pyAirbyteBuildsEmptyDescriptors() {
    String json = "[{\"type\":\"STREAM\",\"stream\":{\"stream_descriptor\":{\"name\":\"a\"}}},"
        + "{\"type\":\"GLOBAL\",\"global\":{\"stream_states\":[]}}]";
    fails(() -> StateConverter.fromProtocol(AirbyteJson.stateMessages().read(json), "c"),
        "$[1] is a GLOBAL message but $[0] is a STREAM message; a state must not mix message types", "$[1]");
  }

  @Test
  void secondGlobalMessageIsRefused_differs_pyAirbyteIgnoresIt() {
    String g = "{\"type\":\"GLOBAL\",\"global\":{\"stream_states\":[]}}";
    fails(() -> StateConverter.fromProtocol(AirbyteJson.stateMessages().read("[" + g + "," + g + "]"), "c"),
        "$[1] follows a GLOBAL message; a GLOBAL state must be the only message, found 2", "$[1]");
  }

  @Test
  void messageWithoutTypeIsRefused_differs_pyAirbyteCrashes() {
    fails(() -> StateConverter.fromProtocol(AirbyteJson.stateMessages().read("[{\"data\":{}}]"), "c"),
        "$[0].type is required to convert protocol state", "$[0].type");
  }

  @Test
  void setStreamStateOnLegacyIsRefused() {
    ConnectionState s = AirbyteJson.connectionState().read("{\"stateType\":\"legacy\",\"connectionId\":\"c1\",\"state\":{}}");
    fails(() -> s.withStreamState("users", null, RawJson.of("{}")),
        "Cannot set the state of stream users on connection c1: its state is of type legacy; only stream and global"
            + " states hold per-stream state", "$.stateType");
  }

  @Test
  void setStreamStateOnNotSetIsRefused() {
    ConnectionState s = AirbyteJson.connectionState().read("{\"stateType\":\"not_set\",\"connectionId\":\"c1\"}");
    fails(() -> s.withStreamState("users", "public", RawJson.of("{}")),
        "Cannot set the state of stream public.users on connection c1: its state is of type not_set; only stream"
            + " and global states hold per-stream state", "$.stateType");
  }

  @Test
  void duplicateStreamEntriesAreRefused_differs_pyAirbyteReplacesAll() {
    ConnectionState s = AirbyteJson.connectionState().read("{\"stateType\":\"stream\",\"connectionId\":\"c1\","
        + "\"streamState\":[{\"streamDescriptor\":{\"name\":\"u\"}},{\"streamDescriptor\":{\"name\":\"u\",\"namespace\":\"\"}}]}");
    fails(() -> s.findStream("u", null),
        "$.streamState[0] and $.streamState[1] both name stream u on connection c1", "$.streamState[1]");
  }

  @Test
  void connectorCatalogNeedsSyncMode() {
    SyncCatalog c = AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\",\"jsonSchema\":{},"
        + "\"supportedSyncModes\":[]},\"config\":{\"destinationSyncMode\":\"append\"}}]}");
    fails(() -> CatalogConverter.toConnectorCatalog(c), "$.streams[0].config.syncMode is required in a connector catalog",
        "$.streams[0].config.syncMode");
  }

  @Test
  void configUnknownPropertyNamedLikeAProtocolFieldIsRefused() {
    SyncCatalog c = AirbyteJson.syncCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\"},\"config\":{\"sync_mode\":\"x\"}}]}");
    fails(() -> CatalogConverter.toProtocol(c),
        "$.streams[0].config.sync_mode cannot be carried to protocol form, where sync_mode is a property of the"
            + " configured stream", "$.streams[0].config.sync_mode");
  }

  @Test
  void carriedFieldOfTheWrongTypeIsRefused() {
    ConfiguredAirbyteCatalog c = AirbyteJson.configuredCatalog().read("{\"streams\":[{\"stream\":{\"name\":\"u\"},\"selected\":\"yes\"}]}");
    fails(() -> CatalogConverter.fromProtocol(c), "$.streams[0].selected must be a boolean", "$.streams[0].selected");
  }

  @Test
  void rawJsonOfInvalidTextIsRefused() {
    fails(() -> RawJson.of("{\"a\":01}"), "$ is not valid JSON: expected ',' or '}' at offset 6", "$");
  }
}
