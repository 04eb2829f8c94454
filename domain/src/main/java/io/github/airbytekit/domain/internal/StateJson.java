package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonWriter;
import io.github.airbytekit.domain.AirbyteGlobalState;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.AirbyteStateType;
import io.github.airbytekit.domain.AirbyteStreamState;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import java.io.IOException;
import java.util.List;

/** Reads and writes state in both forms. Blobs are copied verbatim; unknown properties are kept in order. */
public final class StateJson {
  private StateJson() {}

  // ---- Config API form ----

  public static ConnectionState readConnectionState(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    ConnectionState.Builder b = ConnectionState.builder();
    StateType type = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stateType":
          String t = Reads.string(reader);
          type = t == null ? null : StateType.of(t);
          break;
        case "connectionId":
          b.connectionId(Reads.string(reader));
          break;
        case "state":
          b.state(reader.nextRaw());
          break;
        case "streamState":
          b.streamState(Reads.list(reader, StateJson::readStreamState));
          break;
        case "globalState":
          b.globalState(Reads.nullable(reader, StateJson::readGlobalState));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.stateType(m.require("stateType", type)).build();
  }

  public static void writeConnectionState(JsonWriter writer, ConnectionState value) throws IOException {
    writer.beginObject();
    writer.name("stateType").value(value.getStateType().wireValue());
    Writes.string(writer, "connectionId", value.getConnectionId());
    Writes.raw(writer, "state", value.getState());
    Writes.value(writer, "streamState", value.getStreamState(), StateJson::writeStreamStates);
    Writes.value(writer, "globalState", value.getGlobalState(), StateJson::writeGlobalState);
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static StreamState readStreamState(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    StreamState.Builder b = StreamState.builder();
    StreamDescriptor descriptor = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "streamDescriptor":
          descriptor = Reads.nullable(reader, StateJson::readDescriptor);
          break;
        case "streamState":
          b.streamState(reader.nextRaw());
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.streamDescriptor(m.require("streamDescriptor", descriptor)).build();
  }

  public static void writeStreamState(JsonWriter writer, StreamState value) throws IOException {
    writer.beginObject();
    writer.name("streamDescriptor");
    writeDescriptor(writer, value.getStreamDescriptor());
    Writes.raw(writer, "streamState", value.getStreamState());
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  private static void writeStreamStates(JsonWriter writer, List<StreamState> streams) throws IOException {
    Reads.writeList(writer, streams, StateJson::writeStreamState);
  }

  public static GlobalState readGlobalState(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    GlobalState.Builder b = GlobalState.builder();
    RawJson shared = null;
    String sharedName = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "shared_state":
        case "sharedState":
          // The Config API's wire name is shared_state; PyAirbyte writes sharedState. Accept either, not both.
          if (sharedName != null) {
            throw Reads.error(m.path() + "." + name, "conflicts with " + m.path() + "." + sharedName);
          }
          sharedName = name;
          shared = reader.nextRaw();
          break;
        case "streamStates":
          b.streamStates(Reads.list(reader, StateJson::readStreamState));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    if (shared != null) {
      b.sharedState(shared);
    }
    return b.build();
  }

  public static void writeGlobalState(JsonWriter writer, GlobalState value) throws IOException {
    writer.beginObject();
    Writes.raw(writer, "shared_state", value.getSharedState());
    Writes.value(writer, "streamStates", value.getStreamStates(), StateJson::writeStreamStates);
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  // ---- shared ----

  public static StreamDescriptor readDescriptor(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    StreamDescriptor.Builder b = StreamDescriptor.builder();
    String streamName = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "name":
          streamName = Reads.string(reader);
          break;
        case "namespace":
          b.namespace(Reads.string(reader));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.name(m.require("name", streamName)).build();
  }

  public static void writeDescriptor(JsonWriter writer, StreamDescriptor value) throws IOException {
    writer.beginObject();
    writer.name("name").value(value.getName());
    Writes.string(writer, "namespace", value.getNamespace());
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  // ---- protocol form ----

  public static List<AirbyteStateMessage> readMessages(ByteIn reader) throws IOException {
    String path = reader.getPath();
    List<AirbyteStateMessage> list = Reads.list(reader, StateJson::readMessage);
    if (list == null) {
      throw Reads.error(path, "must be an array, was null");
    }
    return list;
  }

  public static void writeMessages(JsonWriter writer, List<AirbyteStateMessage> messages) throws IOException {
    Reads.writeList(writer, messages, StateJson::writeMessage);
  }

  public static AirbyteStateMessage readMessage(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    AirbyteStateMessage.Builder b = AirbyteStateMessage.builder();
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "type":
          String t = Reads.string(reader);
          b.type(t == null ? null : AirbyteStateType.of(t));
          break;
        case "stream":
          b.stream(Reads.nullable(reader, StateJson::readAirbyteStreamState));
          break;
        case "global":
          b.global(Reads.nullable(reader, StateJson::readAirbyteGlobalState));
          break;
        case "data":
          b.data(reader.nextRaw());
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.build();
  }

  public static void writeMessage(JsonWriter writer, AirbyteStateMessage value) throws IOException {
    writer.beginObject();
    Writes.value(writer, "type", value.getType(), (w, type) -> w.value(type.wireValue()));
    Writes.value(writer, "stream", value.getStream(), StateJson::writeAirbyteStreamState);
    Writes.value(writer, "global", value.getGlobal(), StateJson::writeAirbyteGlobalState);
    Writes.raw(writer, "data", value.getData());
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static AirbyteStreamState readAirbyteStreamState(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    AirbyteStreamState.Builder b = AirbyteStreamState.builder();
    StreamDescriptor descriptor = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stream_descriptor":
          descriptor = Reads.nullable(reader, StateJson::readDescriptor);
          break;
        case "stream_state":
          b.streamState(reader.nextRaw());
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.streamDescriptor(m.require("stream_descriptor", descriptor)).build();
  }

  public static void writeAirbyteStreamState(JsonWriter writer, AirbyteStreamState value) throws IOException {
    writer.beginObject();
    writer.name("stream_descriptor");
    writeDescriptor(writer, value.getStreamDescriptor());
    Writes.raw(writer, "stream_state", value.getStreamState());
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static AirbyteGlobalState readAirbyteGlobalState(ByteIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    AirbyteGlobalState.Builder b = AirbyteGlobalState.builder();
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "shared_state":
          b.sharedState(reader.nextRaw());
          break;
        case "stream_states":
          b.streamStates(Reads.list(reader, StateJson::readAirbyteStreamState));
          break;
        default:
          b.putAdditionalProperties(name, m.raw());
      }
    }
    return b.build();
  }

  public static void writeAirbyteGlobalState(JsonWriter writer, AirbyteGlobalState value) throws IOException {
    writer.beginObject();
    Writes.raw(writer, "shared_state", value.getSharedState());
    Writes.value(writer, "stream_states", value.getStreamStates(),
        (w, streams) -> Reads.writeList(w, streams, StateJson::writeAirbyteStreamState));
    Writes.additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }
}
