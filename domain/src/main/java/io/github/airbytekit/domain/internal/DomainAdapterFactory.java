package io.github.airbytekit.domain.internal;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import io.github.airbytekit.domain.AirbyteGlobalState;
import io.github.airbytekit.domain.AirbyteStateMessage;
import io.github.airbytekit.domain.AirbyteStateType;
import io.github.airbytekit.domain.AirbyteStream;
import io.github.airbytekit.domain.AirbyteStreamState;
import io.github.airbytekit.domain.CatalogStream;
import io.github.airbytekit.domain.ConfiguredAirbyteCatalog;
import io.github.airbytekit.domain.ConfiguredAirbyteStream;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.ConnectionSyncMode;
import io.github.airbytekit.domain.DestinationSyncMode;
import io.github.airbytekit.domain.GlobalState;
import io.github.airbytekit.domain.OpenValue;
import io.github.airbytekit.domain.RawJson;
import io.github.airbytekit.domain.StateType;
import io.github.airbytekit.domain.StreamConfig;
import io.github.airbytekit.domain.StreamConfiguration;
import io.github.airbytekit.domain.StreamDescriptor;
import io.github.airbytekit.domain.StreamState;
import io.github.airbytekit.domain.SyncCatalog;
import io.github.airbytekit.domain.SyncCatalogEntry;
import io.github.airbytekit.domain.SyncMode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Moshi adapters for {@link RawJson}, the open enums and every domain value type. */
public final class DomainAdapterFactory implements JsonAdapter.Factory {
  public static final DomainAdapterFactory INSTANCE = new DomainAdapterFactory();

  private final Map<Type, JsonAdapter<?>> adapters = new HashMap<>();

  private DomainAdapterFactory() {
    add(RawJson.class, ByteIn::nextRaw, (w, v) -> v.writeTo(w));
    addOpen(StateType.class, StateType::of);
    addOpen(AirbyteStateType.class, AirbyteStateType::of);
    addOpen(SyncMode.class, SyncMode::of);
    addOpen(DestinationSyncMode.class, DestinationSyncMode::of);
    add(ConnectionState.class, StateJson::readConnectionState, StateJson::writeConnectionState);
    add(StreamState.class, StateJson::readStreamState, StateJson::writeStreamState);
    add(GlobalState.class, StateJson::readGlobalState, StateJson::writeGlobalState);
    add(StreamDescriptor.class, StateJson::readDescriptor, StateJson::writeDescriptor);
    add(AirbyteStateMessage.class, StateJson::readMessage, StateJson::writeMessage);
    add(AirbyteStreamState.class, StateJson::readAirbyteStreamState, StateJson::writeAirbyteStreamState);
    add(AirbyteGlobalState.class, StateJson::readAirbyteGlobalState, StateJson::writeAirbyteGlobalState);
    add(SyncCatalog.class, CatalogJson::readSyncCatalog, CatalogJson::writeSyncCatalog);
    add(SyncCatalogEntry.class, CatalogJson::readEntry, CatalogJson::writeEntry);
    add(CatalogStream.class, CatalogJson::readCatalogStream, CatalogJson::writeCatalogStream);
    add(StreamConfig.class, CatalogJson::readStreamConfig, CatalogJson::writeStreamConfig);
    addOpen(ConnectionSyncMode.class, ConnectionSyncMode::of);
    add(StreamConfiguration.class, StreamConfigurationJson::read, StreamConfigurationJson::write);
    add(ConfiguredAirbyteCatalog.class, CatalogJson::readConfiguredCatalog, CatalogJson::writeConfiguredCatalog);
    add(ConfiguredAirbyteStream.class, CatalogJson::readConfiguredStream, CatalogJson::writeConfiguredStream);
    add(AirbyteStream.class, CatalogJson::readAirbyteStream, CatalogJson::writeAirbyteStream);
  }

  private <T extends OpenValue> void addOpen(Class<T> type, Function<String, T> of) {
    add(type, r -> of.apply(Reads.requiredString(r)), (w, v) -> w.value(v.wireValue()));
  }

  private <T> void add(Class<T> type, Reads.Item<T> reader, Reads.Writer<T> writer) {
    adapters.put(type, new Adapter<>(type, reader, writer));
  }

  @Override
  public @Nullable JsonAdapter<?> create(Type type, Set<? extends Annotation> annotations, Moshi moshi) {
    if (!annotations.isEmpty()) {
      return null;
    }
    Type raw = type instanceof Class<?> ? type : null;
    if (raw == null) {
      return null;
    }
    JsonAdapter<?> exact = adapters.get(raw);
    if (exact != null) {
      return exact;
    }
    // Generated implementation classes are package-private, but a caller may still hold one's runtime class.
    for (Map.Entry<Type, JsonAdapter<?>> e : adapters.entrySet()) {
      if (((Class<?>) e.getKey()).isAssignableFrom((Class<?>) raw)) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * A null-safe adapter over a read and a write function. It reads its value's bytes once ({@code nextSource()})
   * and parses them with the byte reader, whose paths start at the value's path in the whole document; values that
   * {@link PreRead} has already read from the body are taken as they are.
   */
  static final class Adapter<T> extends JsonAdapter<T> {
    private final Class<T> type;
    final Reads.Item<T> reader;
    private final Reads.Writer<T> writer;

    Adapter(Class<T> type, Reads.Item<T> reader, Reads.Writer<T> writer) {
      this.type = type;
      this.reader = reader;
      this.writer = writer;
    }

    @Override
    public @Nullable T fromJson(JsonReader in) throws IOException {
      PreRead preRead = in.tag(PreRead.class);
      if (preRead != null) {
        Object value = preRead.valueAt(in.getPath());
        if (value != null) {
          in.skipValue(); // the placeholder that stands for it
          return type.cast(value);
        }
      }
      if (in.peek() == JsonReader.Token.NULL && type != RawJson.class) {
        return in.nextNull();
      }
      String path = in.getPath();
      ByteIn bytes = new ByteIn(Reads.valueBytes(in, path), path);
      try {
        T value = reader.read(bytes);
        bytes.peek(); // only whitespace may follow
        return value;
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }
    @Override
    public void toJson(JsonWriter out, @Nullable T value) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      try {
        writer.write(out, value);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    @Override
    public String toString() {
      return "AirbyteJson.adapterFactory() adapter for " + type.getSimpleName();
    }
  }
}
