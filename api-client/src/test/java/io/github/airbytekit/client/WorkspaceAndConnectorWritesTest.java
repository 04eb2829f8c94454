package io.github.airbytekit.client;

import static io.github.airbytekit.client.PublicApiTest.DEFINITION;
import static io.github.airbytekit.client.PublicApiTest.DESTINATION;
import static io.github.airbytekit.client.PublicApiTest.DESTINATION_JSON;
import static io.github.airbytekit.client.PublicApiTest.SOURCE;
import static io.github.airbytekit.client.PublicApiTest.SOURCE_JSON;
import static io.github.airbytekit.client.PublicApiTest.WORKSPACE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.airbytekit.client.publicapi.model.DestinationCreateRequest;
import io.github.airbytekit.client.publicapi.model.DestinationPatchRequest;
import io.github.airbytekit.client.publicapi.model.DestinationResponse;
import io.github.airbytekit.client.publicapi.model.SourceCreateRequest;
import io.github.airbytekit.client.publicapi.model.SourcePatchRequest;
import io.github.airbytekit.client.publicapi.model.SourceResponse;
import io.github.airbytekit.client.publicapi.model.WorkspacesResponse;
import io.github.airbytekit.domain.RawJson;
import java.util.List;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Listing workspaces and creating and changing sources and destinations, on the public API's wire format. */
class WorkspaceAndConnectorWritesTest extends ApiServerFixture {
  private static final RawJson CONFIGURATION = RawJson.of("{\"host\":\"db\",\"port\":5432,\"big\":12345678901234567890}");

  @Test
  void listWorkspacesSendsFiltersAndReadsThePage() throws Exception {
    enqueueJson(200, "{\"next\":\"https://api.airbyte.com/v1/workspaces?limit=1&offset=1\",\"data\":[{\"workspaceId\":\""
        + WORKSPACE + "\",\"name\":\"Acme\",\"dataResidency\":\"auto\",\"notifications\":{}}]}");

    WorkspacesResponse page = publicApi.workspaces().listWorkspaces(List.of(WORKSPACE), true, 1, 0).execute().body();

    RecordedRequest request = take();
    assertEmptyRequest(request, "GET", "/api/public/v1/workspaces");
    assertThat(request.getRequestUrl().query())
        .isEqualTo("workspaceIds=" + WORKSPACE + "&includeDeleted=true&limit=1&offset=0");
    assertThat(page.getData()).singleElement().satisfies(w -> assertThat(w.getName()).isEqualTo("Acme"));
    assertThat(page.getNext()).endsWith("offset=1");
  }

  @Test
  void createSourcePostsOnlySetPropertiesAndTheConfigurationExactly() throws Exception {
    enqueueJson(200, SOURCE_JSON);

    SourceResponse source = publicApi.sources().createSource(new SourceCreateRequest()
        .name("Prod Postgres").workspaceId(WORKSPACE).definitionId(DEFINITION).configuration(CONFIGURATION))
        .execute().body();

    assertJsonRequest(take(), "POST", "/api/public/v1/sources", "{\"name\":\"Prod Postgres\",\"definitionId\":\""
        + DEFINITION + "\",\"workspaceId\":\"" + WORKSPACE + "\",\"configuration\":{\"host\":\"db\",\"port\":5432,"
        + "\"big\":12345678901234567890}}");
    assertThat(source.getSourceId()).isEqualTo(SOURCE);
  }

  @Test
  void patchSourceSendsOnlyTheChange() throws Exception {
    enqueueJson(200, SOURCE_JSON);

    publicApi.sources().patchSource(SOURCE, new SourcePatchRequest().name("Renamed")).execute();

    assertJsonRequest(take(), "PATCH", "/api/public/v1/sources/" + SOURCE, "{\"name\":\"Renamed\"}");
  }

  @Test
  void createAndPatchDestinationUseTheirOwnPaths() throws Exception {
    enqueueJson(200, DESTINATION_JSON);
    enqueueJson(200, DESTINATION_JSON);

    DestinationResponse created = publicApi.destinations().createDestination(new DestinationCreateRequest()
        .name("Warehouse").workspaceId(WORKSPACE).configuration(CONFIGURATION)).execute().body();
    publicApi.destinations().patchDestination(DESTINATION, new DestinationPatchRequest()
        .configuration(RawJson.of("{\"dataset_location\":\"EU\"}"))).execute();

    assertJsonRequest(take(), "POST", "/api/public/v1/destinations", "{\"name\":\"Warehouse\",\"workspaceId\":\""
        + WORKSPACE + "\",\"configuration\":{\"host\":\"db\",\"port\":5432,\"big\":12345678901234567890}}");
    assertJsonRequest(take(), "PATCH", "/api/public/v1/destinations/" + DESTINATION,
        "{\"configuration\":{\"dataset_location\":\"EU\"}}");
    assertThat(created.getDestinationType()).isEqualTo("bigquery");
  }
}
