package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonReader;
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
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Reads and writes state in both forms. Blobs are copied verbatim; unknown properties are kept in order. */
public final class StateJson {
  private StateJson() {}

  // ---- Config API form ----

  public static ConnectionState readConnectionState(JsonIn reader) throws IOException {
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
          b.globalState(reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readGlobalState(reader));
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
    if (value.getConnectionId() != null) {
      writer.name("connectionId").value(value.getConnectionId());
    }
    raw(writer, "state", value.getState());
    List<StreamState> streams = value.getStreamState();
    if (streams != null) {
      writer.name("streamState");
      Reads.writeList(writer, streams, StateJson::writeStreamState);
    }
    if (value.getGlobalState() != null) {
      writer.name("globalState");
      writeGlobalState(writer, value.getGlobalState());
    }
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static StreamState readStreamState(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    StreamState.Builder b = StreamState.builder();
    StreamDescriptor descriptor = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "streamDescriptor":
          descriptor = readDescriptorOrNull(reader);
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
    raw(writer, "streamState", value.getStreamState());
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static GlobalState readGlobalState(JsonIn reader) throws IOException {
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
    raw(writer, "shared_state", value.getSharedState());
    List<StreamState> streams = value.getStreamStates();
    if (streams != null) {
      writer.name("streamStates");
      Reads.writeList(writer, streams, StateJson::writeStreamState);
    }
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  // ---- shared ----

  private static @Nullable StreamDescriptor readDescriptorOrNull(JsonIn reader) throws IOException {
    return reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readDescriptor(reader);
  }

  public static StreamDescriptor readDescriptor(JsonIn reader) throws IOException {
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
    if (value.getNamespace() != null) {
      writer.name("namespace").value(value.getNamespace());
    }
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  // ---- protocol form ----

  public static List<AirbyteStateMessage> readMessages(JsonIn reader) throws IOException {
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

  public static AirbyteStateMessage readMessage(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    AirbyteStateMessage.Builder b = AirbyteStateMessage.builder();
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "type":
          String t = Reads.string(reader);
          b.type(t == null ? null : AirbyteStateType.of(t));
          break;
        case "stream":
          b.stream(reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readAirbyteStreamState(reader));
          break;
        case "global":
          b.global(reader.peek() == JsonReader.Token.NULL ? reader.nextNull() : readAirbyteGlobalState(reader));
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
    if (value.getType() != null) {
      writer.name("type").value(value.getType().wireValue());
    }
    if (value.getStream() != null) {
      writer.name("stream");
      writeAirbyteStreamState(writer, value.getStream());
    }
    if (value.getGlobal() != null) {
      writer.name("global");
      writeAirbyteGlobalState(writer, value.getGlobal());
    }
    raw(writer, "data", value.getData());
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static AirbyteStreamState readAirbyteStreamState(JsonIn reader) throws IOException {
    Reads.Members m = Reads.Members.begin(reader);
    AirbyteStreamState.Builder b = AirbyteStreamState.builder();
    StreamDescriptor descriptor = null;
    for (String name; (name = m.next()) != null; ) {
      switch (name) {
        case "stream_descriptor":
          descriptor = readDescriptorOrNull(reader);
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
    raw(writer, "stream_state", value.getStreamState());
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  public static AirbyteGlobalState readAirbyteGlobalState(JsonIn reader) throws IOException {
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
    raw(writer, "shared_state", value.getSharedState());
    List<AirbyteStreamState> streams = value.getStreamStates();
    if (streams != null) {
      writer.name("stream_states");
      Reads.writeList(writer, streams, StateJson::writeAirbyteStreamState);
    }
    additional(writer, value.getAdditionalProperties());
    writer.endObject();
  }

  // ---- helpers ----

  static void raw(JsonWriter writer, String name, @Nullable RawJson value) throws IOException {
    if (value != null) {
      writer.name(name);
      value.writeTo(writer);
    }
  }

  static void additional(JsonWriter writer, Map<String, RawJson> additional) throws IOException {
    if (additional.isEmpty()) {
      return;
    }
    for (Map.Entry<String, RawJson> e : additional.entrySet()) {
      writer.name(e.getKey());
      e.getValue().writeTo(writer);
    }
  }
}
