package io.github.airbytekit.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.airbytekit.client.configapi.model.ConnectionIdRequestBody;
import io.github.airbytekit.client.configapi.model.ConnectionStateCreateOrUpdate;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRead;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionRequestBody;
import io.github.airbytekit.client.configapi.model.WebBackendConnectionUpdate;
import io.github.airbytekit.domain.AirbyteDataException;
import io.github.airbytekit.domain.AirbyteJson;
import io.github.airbytekit.domain.ConnectionState;
import io.github.airbytekit.domain.SyncCatalog;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * State and catalog bodies take the domain's byte reader on the way in (no Moshi scan of the big values) and come
 * out exactly as they went in; nesting depth is not limited, and errors name the path from the body's root.
 */
class HttpBodyTest extends ApiServerFixture {
  private static final UUID CONNECTION = UUID.fromString("9924bcd0-99be-453d-ba47-c2c9766f7da5");
  private static final String DEEP = "[".repeat(5_000) + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000)
      + "]".repeat(5_000);
  private static final String DEEP_STATE = "{\"stateType\":\"stream\",\"connectionId\":\"" + CONNECTION
      + "\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"users\"},\"streamState\":" + DEEP + "}]}";

  @Test
  void aStateBlobNestedTenThousandLevelsGoesThroughGetAndBackByteForByte() throws Exception {
    enqueueJson(200, DEEP_STATE);
    enqueueJson(200, DEEP_STATE);

    ConnectionState state = configApi.state().getState(new ConnectionIdRequestBody().connectionId(CONNECTION))
        .execute().body();
    take();
    assertThat(AirbyteJson.connectionState().write(state)).isEqualTo(DEEP_STATE);

    configApi.state().createOrUpdateStateSafe(
        new ConnectionStateCreateOrUpdate().connectionId(CONNECTION).connectionState(state)).execute();
    assertThat(body(take())).isEqualTo("{\"connectionId\":\"" + CONNECTION + "\",\"connectionState\":"
        + DEEP_STATE + "}");
  }

  @Test
  void aCatalogWithADeepSchemaGoesThroughTheConnectionEndpointsByteForByte() throws Exception {
    String catalog = "{\"streams\":[{\"stream\":{\"name\":\"users\",\"jsonSchema\":" + DEEP + "},\"config\":{"
        + "\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"future\":" + DEEP + "}}]}";
    String connection = "{\"connectionId\":\"" + CONNECTION + "\",\"name\":\"c\",\"syncCatalog\":" + catalog
        + ",\"unknownTop\":" + DEEP + "}";
    enqueueJson(200, connection);
    enqueueJson(200, connection);

    WebBackendConnectionRead read = configApi.webBackend().webBackendGetConnection(
        new WebBackendConnectionRequestBody().connectionId(CONNECTION)).execute().body();
    take();
    assertThat(read.getName()).isEqualTo("c");
    assertThat(AirbyteJson.syncCatalog().write(read.getSyncCatalog())).isEqualTo(catalog);

    SyncCatalog sent = read.getSyncCatalog();
    configApi.webBackend().webBackendUpdateConnection(
        new WebBackendConnectionUpdate().connectionId(CONNECTION).syncCatalog(sent)).execute();
    assertThat(body(take())).isEqualTo("{\"connectionId\":\"" + CONNECTION + "\",\"syncCatalog\":" + catalog + "}");
  }

  @Test
  void aBadCatalogValueIsReportedWithItsPathFromTheBodysRoot() {
    String entry = "{\"stream\":{\"name\":\"s\"},\"config\":{\"syncMode\":\"full_refresh\","
        + "\"destinationSyncMode\":\"overwrite\"}}";
    enqueueJson(200, "{\"connectionId\":\"" + CONNECTION + "\",\"syncCatalog\":{\"streams\":[" + entry + "," + entry
        + "," + entry + ",{\"stream\":{\"name\":\"s3\"},\"config\":{\"syncMode\":[]}}]}}");

    assertThatThrownBy(() -> configApi.webBackend().webBackendGetConnection(
        new WebBackendConnectionRequestBody().connectionId(CONNECTION)).execute())
        .isInstanceOf(AirbyteDataException.class)
        .hasMessage("$.syncCatalog.streams[3].config.syncMode must be a string, was an array")
        .matches(e -> ((AirbyteDataException) e).jsonPath().equals("$.syncCatalog.streams[3].config.syncMode"));
  }

  @Test
  void aBadStateBodyIsReportedWithItsPath() {
    enqueueJson(200, "{\"stateType\":\"stream\",\"streamState\":[{\"streamDescriptor\":{\"name\":\"a\"}},"
        + "{\"streamDescriptor\":{}}]}");

    assertThatThrownBy(() -> configApi.state().getState(new ConnectionIdRequestBody().connectionId(CONNECTION))
        .execute())
        .isInstanceOf(AirbyteDataException.class)
        .hasMessage("$.streamState[1].streamDescriptor.name is required");
  }
}
