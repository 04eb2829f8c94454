package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/**
 * {@code state/create_or_update_safe} streams the state out and, when the answer is the state sent byte for byte
 * (Airbyte echoes what it stored), gives back the state sent without reading a second copy; any other answer is
 * read as it is.
 */
class StateEchoTest extends ApiServerFixture {
  private static final UUID CONNECTION = UUID.fromString("9924bcd0-99be-453d-ba47-c2c9766f7da5");

  /** A stream state of about {@code streams} × 100 bytes, so that it spans many 8 KiB chunks. */
  private static ConnectionState bigState(int streams) {
    List<StreamState> entries = new ArrayList<>();
    for (int i = 0; i < streams; i++) {
      entries.add(StreamState.builder().streamDescriptor(StreamDescriptor.of("stream_" + i, "public"))
          .streamState(RawJson.of("{\"cursor\":\"2024-06-01\",\"lsn\":123456789012345678901234567890,\"i\":" + i + "}"))
          .build());
    }
    return ConnectionState.builder().stateType(StateType.STREAM).connectionId(CONNECTION.toString())
        .streamState(entries).build();
  }

  private Response<ConnectionState> write(ConnectionState state) throws Exception {
    return configApi.state()
        .createOrUpdateStateSafe(new ConnectionStateCreateOrUpdate().connectionId(CONNECTION).connectionState(state))
        .execute();
  }

  @Test
  void anAnswerEchoingTheStateByteForByteGivesBackTheStateSent() throws Exception {
    ConnectionState state = bigState(2000);
    enqueueJson(200, AirbyteJson.connectionState().write(state) + "\n");

    Response<ConnectionState> response = write(state);

    assertThat(response.body()).isSameAs(state);
    RecordedRequest request = take();
    assertThat(request.getHeader("Transfer-Encoding")).isEqualTo("chunked");
    assertThat(body(request)).isEqualTo("{\"connectionId\":\"" + CONNECTION + "\",\"connectionState\":"
        + AirbyteJson.connectionState().write(state) + "}");
  }

  @Test
  void anAnswerThatDiffersAfterALongCommonPrefixIsReadAsItIs() throws Exception {
    ConnectionState state = bigState(2000);
    ConnectionState other = state.withStreamState("stream_1500", "public", RawJson.of("{\"cursor\": \"changed\"}"));
    String answer = AirbyteJson.connectionState().write(other);
    enqueueJson(200, answer);

    ConnectionState stored = write(state).body();

    assertThat(stored).isNotSameAs(state).isEqualTo(other);
    assertThat(AirbyteJson.connectionState().write(stored)).isEqualTo(answer);
  }

  @Test
  void anAnswerLongerOrShorterThanTheStateIsReadAsItIs() throws Exception {
    ConnectionState state = bigState(300);
    ConnectionState longer = state.withStreamState("extra", null, RawJson.of("[1,2,3]"));
    enqueueJson(200, AirbyteJson.connectionState().write(longer));
    enqueueJson(200, AirbyteJson.connectionState().write(state));

    assertThat(write(state).body()).isEqualTo(longer);
    assertThat(write(longer).body()).isEqualTo(state);
  }

  @Test
  void aPrettyPrintedAnswerIsReadAsItIs() throws Exception {
    ConnectionState state = bigState(3);
    enqueueJson(200, "  " + AirbyteJson.connectionState().write(state).replace(",", ",\n "));

    ConnectionState stored = write(state).body();

    assertThat(stored).isNotSameAs(state);
    assertThat(stored.streams()).hasSize(3);
  }

  @Test
  void anAnswerCutShortAfterMatchingFailsAsAnyCutAnswerDoes() {
    ConnectionState state = bigState(500);
    String whole = AirbyteJson.connectionState().write(state);
    String cut = whole.substring(0, whole.length() - 20_000);
    enqueueJson(200, cut);
    enqueueJson(200, cut);

    Throwable echoed = catchThrowable(() -> write(state));
    Throwable read = catchThrowable(() -> configApi.state()
        .getState(new ConnectionIdRequestBody().connectionId(CONNECTION)).execute());

    assertThat(echoed).isNotNull().hasSameClassAs(read).hasMessage(read.getMessage());
  }

  @Test
  void anErrorAnswerKeepsItsBody() throws Exception {
    enqueueJson(423, "{\"message\":\"State cannot be updated while a sync is running\"}");

    Response<ConnectionState> response = write(bigState(1));

    assertThat(response.code()).isEqualTo(423);
    assertThat(response.errorBody().string()).contains("sync is running");
  }
}
