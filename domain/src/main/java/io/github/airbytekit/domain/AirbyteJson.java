package io.github.airbytekit.domain;

import com.squareup.moshi.JsonAdapter;
import io.github.airbytekit.domain.internal.ByteIn;
import io.github.airbytekit.domain.internal.CatalogJson;
import io.github.airbytekit.domain.internal.DomainAdapterFactory;
import io.github.airbytekit.domain.internal.FormDetector;
import io.github.airbytekit.domain.internal.StateJson;
import io.github.airbytekit.domain.internal.StreamConfigurationJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * JSON entry points: codecs for each form, strict form detection, and a Moshi adapter factory.
 *
 * <pre>{@code
 * ConnectionState state = AirbyteJson.connectionState().read(json);
 * String protocol = AirbyteJson.stateMessages().write(StateConverter.toProtocol(state));
 * Moshi moshi = new Moshi.Builder().add(AirbyteJson.adapterFactory()).build();
 * }</pre>
 */
public final class AirbyteJson {
  private static final JsonCodec<ConnectionState> CONNECTION_STATE =
      new JsonCodec<>("Config API state", StateJson::readConnectionState, StateJson::writeConnectionState);
  private static final JsonCodec<List<AirbyteStateMessage>> STATE_MESSAGES =
      new JsonCodec<>("protocol state", StateJson::readMessages, StateJson::writeMessages);
  private static final JsonCodec<AirbyteStateMessage> STATE_MESSAGE =
      new JsonCodec<>("protocol state message", StateJson::readMessage, StateJson::writeMessage);
  private static final JsonCodec<SyncCatalog> SYNC_CATALOG =
      new JsonCodec<>("Config API catalog", CatalogJson::readSyncCatalog, CatalogJson::writeSyncCatalog);
  private static final JsonCodec<ConfiguredAirbyteCatalog> CONFIGURED_CATALOG =
      new JsonCodec<>("protocol catalog", CatalogJson::readConfiguredCatalog, CatalogJson::writeConfiguredCatalog);
  private static final JsonCodec<StreamConfiguration> STREAM_CONFIGURATION =
      new JsonCodec<>("stream configuration", StreamConfigurationJson::read, StreamConfigurationJson::write);

  private AirbyteJson() {}

  /**
   * A Moshi factory with adapters for {@link RawJson}, the open values ({@link StateType}, {@link
   * AirbyteStateType}, {@link SyncMode}, {@link DestinationSyncMode}, {@link ConnectionSyncMode}) and every value
   * type of this package. The
   * adapters copy blobs verbatim, keep unknown properties and throw {@link AirbyteDataException} on bad input.
   *
   * @return the shared, stateless factory; add it to a {@code Moshi.Builder}
   */
  public static JsonAdapter.Factory adapterFactory() {
    return DomainAdapterFactory.INSTANCE;
  }

  /** {@return the codec for Config API state ({@code ConnectionState}, camelCase)} */
  public static JsonCodec<ConnectionState> connectionState() {
    return CONNECTION_STATE;
  }

  /**
   * {@return the codec for protocol state: a JSON array of state messages, as passed to a connector's {@code
   * --state}}
   */
  public static JsonCodec<List<AirbyteStateMessage>> stateMessages() {
    return STATE_MESSAGES;
  }

  /** {@return the codec for one protocol state message (a JSON object)} */
  public static JsonCodec<AirbyteStateMessage> stateMessage() {
    return STATE_MESSAGE;
  }

  /** {@return the codec for the Config API catalog (the {@code syncCatalog} object)} */
  public static JsonCodec<SyncCatalog> syncCatalog() {
    return SYNC_CATALOG;
  }

  /**
   * {@return the codec for the protocol catalog ({@code ConfiguredAirbyteCatalog}), as passed to a connector's
   * {@code --catalog}}
   */
  public static JsonCodec<ConfiguredAirbyteCatalog> configuredCatalog() {
    return CONFIGURED_CATALOG;
  }

  /**
   * {@return the codec for one public-API stream configuration (an item of {@code configurations.streams} of a
   * connection)}
   */
  public static JsonCodec<StreamConfiguration> streamConfiguration() {
    return STREAM_CONFIGURATION;
  }

  /**
   * Tells which form a state document is in, strictly: an array is protocol form only if every item is an object
   * whose {@code type} is exactly {@code STREAM}, {@code GLOBAL} or {@code LEGACY} (an empty array is protocol
   * form); an object is Config API form if it has {@code stateType}, a protocol message if it has {@code type}.
   *
   * @param json the whole state document
   * @return {@link JsonForm#PROTOCOL} for an array of messages or one message, else {@link JsonForm#CONFIG_API}
   * @throws AirbyteDataException if the form is ambiguous (both keys) or neither, naming the path
   */
  public static JsonForm detectStateForm(String json) {
    return scan(utf8(json), FormDetector::stateForm);
  }

  /**
   * As {@link #detectStateForm(String)}; looks ahead without consuming {@code source}.
   *
   * @param source the state document; its bytes stay unread, for a later {@code read}
   * @return the form of the document
   */
  public static JsonForm detectStateForm(BufferedSource source) {
    return scan(peekAll(source), FormDetector::stateForm);
  }

  /**
   * Reads state of either form and returns it in Config API form. Protocol input is converted with {@link
   * StateConverter#fromProtocol(List, String)}; Config API input gets {@code connectionId} when it is non-null.
   *
   * @param json the whole state document, of either form
   * @param connectionId the connection id to set, or null to keep the one in the document (none for protocol input)
   * @return the state in Config API form
   * @throws AirbyteDataException if the form is ambiguous or the input malformed
   */
  public static ConnectionState readStateOfAnyForm(String json, @Nullable String connectionId) {
    return readStateOfAnyForm(utf8(json), connectionId);
  }

  /**
   * As {@link #readStateOfAnyForm(String, String)}, reading {@code source} to its end.
   *
   * @param source the state document, of either form; read to its end, not closed
   * @param connectionId the connection id to set, or null to keep the one in the document (none for protocol input)
   * @return the state in Config API form
   */
  public static ConnectionState readStateOfAnyForm(BufferedSource source, @Nullable String connectionId) {
    return readStateOfAnyForm(readAll(source), connectionId);
  }

  /**
   * As {@link #readStateOfAnyForm(String, String)}, from the document's UTF-8 bytes in one validating pass (what a
   * command line that reads a file once as bytes uses); the array is not modified or kept.
   *
   * @param utf8 the whole state document, of either form, as UTF-8 bytes
   * @param connectionId the connection id to set, or null to keep the one in the document (none for protocol input)
   * @return the state in Config API form
   * @throws AirbyteDataException if the form is ambiguous or the input malformed
   */
  public static ConnectionState readStateOfAnyForm(byte[] utf8, @Nullable String connectionId) {
    Objects.requireNonNull(utf8, "utf8 == null");
    FormDetector.StateShape shape = lookAhead(utf8, FormDetector::stateShape);
    try {
      switch (shape) {
        case CONFIG_OBJECT:
          ConnectionState state = CONNECTION_STATE.read(utf8);
          return connectionId == null ? state : state.withConnectionId(connectionId);
        case PROTOCOL_OBJECT:
          return StateConverter.fromProtocol(List.of(STATE_MESSAGE.read(utf8)), connectionId);
        default:
          return StateConverter.fromProtocol(STATE_MESSAGES.read(utf8), connectionId);
      }
    } catch (AirbyteDataException e) {
      scan(utf8, FormDetector::stateShape); // a malformed value the look-ahead skipped is reported first, as ever
      throw e;
    }
  }

  /**
   * Tells which form a catalog document is in, strictly: every entry of {@code streams} must agree; an entry with
   * {@code config} is Config API form, one with {@code sync_mode} or {@code destination_sync_mode} is protocol
   * form. A catalog with no streams is reported as Config API form (both forms are then the same).
   *
   * @param json the whole catalog document
   * @return the form of the document
   * @throws AirbyteDataException if entries disagree, one has both or neither marker, naming the path
   */
  public static JsonForm detectCatalogForm(String json) {
    return scan(utf8(json), FormDetector::catalogForm);
  }

  /**
   * As {@link #detectCatalogForm(String)}; looks ahead without consuming {@code source}.
   *
   * @param source the catalog document; its bytes stay unread, for a later {@code read}
   * @return the form of the document
   */
  public static JsonForm detectCatalogForm(BufferedSource source) {
    return scan(peekAll(source), FormDetector::catalogForm);
  }

  /**
   * Reads a catalog of either form and returns it in Config API form (protocol input is converted with {@link
   * CatalogConverter#fromProtocol}).
   *
   * @param json the whole catalog document, of either form
   * @return the catalog in Config API form
   */
  public static SyncCatalog readCatalogOfAnyForm(String json) {
    return readCatalogOfAnyForm(utf8(json));
  }

  /**
   * As {@link #readCatalogOfAnyForm(String)}, reading {@code source} to its end.
   *
   * @param source the catalog document, of either form; read to its end, not closed
   * @return the catalog in Config API form
   */
  public static SyncCatalog readCatalogOfAnyForm(BufferedSource source) {
    return readCatalogOfAnyForm(readAll(source));
  }

  /**
   * As {@link #readCatalogOfAnyForm(String)}, from the document's UTF-8 bytes in one validating pass; the array is
   * not modified or kept.
   *
   * @param utf8 the whole catalog document, of either form, as UTF-8 bytes
   * @return the catalog in Config API form
   * @throws AirbyteDataException if the form is ambiguous or the input malformed
   */
  public static SyncCatalog readCatalogOfAnyForm(byte[] utf8) {
    Objects.requireNonNull(utf8, "utf8 == null");
    JsonForm form = lookAhead(utf8, FormDetector::catalogForm);
    try {
      return form == JsonForm.PROTOCOL ? CatalogConverter.fromProtocol(CONFIGURED_CATALOG.read(utf8))
          : SYNC_CATALOG.read(utf8);
    } catch (AirbyteDataException e) {
      scan(utf8, FormDetector::catalogForm); // a malformed value the look-ahead skipped is reported first, as ever
      throw e;
    }
  }

  private interface Scanner<T> {
    T scan(ByteIn reader) throws IOException;
  }

  private static <T> T scan(byte[] utf8, Scanner<T> scanner) {
    try {
      return scanner.scan(new ByteIn(utf8));
    } catch (IOException e) {
      throw new AssertionError(e); // ByteIn reads memory
    }
  }

  /**
   * {@code scanner}'s answer for a document that a validating read follows (values skipped unvalidated, so the
   * document is validated once); if it fails, the validating scan's answer or error, exactly as without it.
   */
  private static <T> T lookAhead(byte[] utf8, Scanner<T> scanner) {
    try {
      return scanner.scan(ByteIn.lookAhead(utf8));
    } catch (AirbyteDataException e) {
      return scan(utf8, scanner);
    } catch (IOException e) {
      throw new AssertionError(e); // ByteIn reads memory
    }
  }

  private static byte[] utf8(String json) {
    return Objects.requireNonNull(json, "json == null").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] peekAll(BufferedSource source) {
    Objects.requireNonNull(source, "source == null");
    try {
      return source.peek().readByteArray();
    } catch (IOException e) {
      throw new AirbyteException("Could not read JSON: " + e.getMessage(), e);
    }
  }

  private static byte[] readAll(BufferedSource source) {
    Objects.requireNonNull(source, "source == null");
    try {
      return source.readByteArray();
    } catch (IOException e) {
      throw new AirbyteException("Could not read JSON: " + e.getMessage(), e);
    }
  }
}
