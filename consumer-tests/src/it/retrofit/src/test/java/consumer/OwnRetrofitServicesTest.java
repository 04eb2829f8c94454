package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.airbytekit.testkit.FakeAirbyteServer;
import io.github.airbytekit.testkit.junit5.FakeAirbyteTest;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Path;

/** The service's own Retrofit 2 services, on Gson and on Jackson, keep working next to airbytekit's Retrofit. */
@FakeAirbyteTest
class OwnRetrofitServicesTest {
  interface Workspaces {
    @GET("workspaces/{id}")
    Call<Map<String, Object>> get(@Path("id") String id, @Header("Authorization") String authorization);
  }

  private static Map<String, Object> read(FakeAirbyteServer server, Converter.Factory converter) throws IOException {
    Workspaces workspaces = new Retrofit.Builder()
        .baseUrl(server.apiRoot() + "/")
        .addConverterFactory(converter)
        .build()
        .create(Workspaces.class);
    return workspaces.get(server.workspaceId(), "Bearer " + server.issueToken()).execute().body();
  }

  @Test
  void aGsonServiceReadsTheFakesWorkspace(FakeAirbyteServer server) throws IOException {
    assertEquals(server.workspaceId(), read(server, GsonConverterFactory.create()).get("workspaceId"));
  }

  @Test
  void aJacksonServiceReadsTheFakesWorkspace(FakeAirbyteServer server) throws IOException {
    assertEquals(server.workspaceId(), read(server, JacksonConverterFactory.create()).get("workspaceId"));
  }
}
