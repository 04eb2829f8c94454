package io.github.airbytekit.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.testkit.junit5.FakeAirbyteServerExtension;
import io.github.airbytekit.testkit.support.ConformsToOpenApi;
import io.github.airbytekit.testkit.support.TestClients;
import io.github.airbytekit.testkit.support.TestClients.RawResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Strict mode refuses request strings without the format our documents and Airbyte both declare, as Airbyte's
 * server does when it binds them to {@code UUID} or {@code OffsetDateTime}.
 */
@ExtendWith(ConformsToOpenApi.class)
class StrictFormatsTest {
  @RegisterExtension
  static final FakeAirbyteServerExtension strict =
      FakeAirbyteServerExtension.create(FakeAirbyteServer.builder().demoSeed().strict(true));

  private static RawResponse publicCall(FakeAirbyteServer server, String method, String path, String json) {
    return TestClients.raw(server, method, server.apiRoot() + path, json);
  }

  private static RawResponse configPost(FakeAirbyteServer server, String path, String json) {
    return TestClients.raw(server, "POST", server.configApiRoot() + path, json);
  }

  @Test
  void anIdThatIsNotAUuidIsRefusedWith400NamingItsPathOnThePublicApi() {
    RawResponse response =
        publicCall(strict.server(), "POST", "/jobs", "{\"connectionId\":\"conn-1\",\"jobType\":\"sync\"}");

    assertThat(response.status).isEqualTo(400);
    assertThat(response.body).contains("$.connectionId is conn-1, which is not a UUID");
  }

  @Test
  void anIdThatIsNotAUuidIsRefusedWith422NamingItsPathOnTheConfigApi() {
    RawResponse response = configPost(strict.server(), "/state/get", "{\"connectionId\":\"12345\"}");

    assertThat(response.status).isEqualTo(422);
    assertThat(response.body).contains("$.connectionId is 12345, which is not a UUID");
  }

  @Test
  void aNestedIdIsCheckedAtItsPathAndNothingIsStored() {
    RawResponse response = publicCall(strict.server(), "PATCH", "/connections/" + DemoSeed.STREAM_CONNECTION_ID,
        "{\"name\":\"renamed\",\"tags\":[{\"tagId\":\"t-1\",\"workspaceId\":\"" + DemoSeed.WORKSPACE_ID
            + "\",\"name\":\"prod\",\"color\":\"FF0000\"}]}");

    assertThat(response.status).isEqualTo(400);
    assertThat(response.body).contains("$.tags[0].tagId is t-1, which is not a UUID");
    assertThat(publicCall(strict.server(), "GET", "/connections/" + DemoSeed.STREAM_CONNECTION_ID, null).body)
        .doesNotContain("renamed");
  }

  @Test
  void anUpperCaseUuidIsAcceptedAsAirbyteParsesEitherCase() {
    RawResponse response = configPost(strict.server(), "/state/get",
        "{\"connectionId\":\"" + DemoSeed.STREAM_CONNECTION_ID.toUpperCase(Locale.ROOT) + "\"}");

    assertThat(response.status).as(response.body).isEqualTo(200);
  }

  @Test
  void anIdInsideACatalogTheFakeStoresAsItIsSentIsRefusedToo() {
    // without strict mode the fake stores the catalog as sent (and would then answer with a non-UUID id)
    String body = "{\"connectionId\":\"" + DemoSeed.STREAM_CONNECTION_ID + "\",\"syncCatalog\":{\"streams\":[{"
        + "\"stream\":{\"name\":\"charges\",\"jsonSchema\":{},\"supportedSyncModes\":[\"full_refresh\"]},"
        + "\"config\":{\"syncMode\":\"full_refresh\",\"destinationSyncMode\":\"overwrite\",\"selected\":true,"
        + "\"mappers\":[{\"id\":\"m-1\",\"type\":\"hashing\",\"mapperConfiguration\":{}}]}}]}}";

    RawResponse refused = configPost(strict.server(), "/web_backend/connections/update", body);
    assertThat(refused.status).isEqualTo(422);
    assertThat(refused.body).contains("$.syncCatalog.streams[0].config.mappers[0].id is m-1, which is not a UUID");
  }
}
