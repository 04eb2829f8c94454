package io.github.airbytekit.client;

import io.github.airbytekit.client.configapi.api.ConnectionsApi;
import io.github.airbytekit.client.configapi.api.JobsApi;
import io.github.airbytekit.client.configapi.api.StateApi;
import io.github.airbytekit.client.configapi.api.WebBackendApi;
import io.github.airbytekit.client.internal.BaseUrls;
import io.github.airbytekit.client.internal.Retrofits;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The Retrofit services of the Config API endpoints airbytekit uses (state, catalog, jobs with their logs and
 * per-stream results, jobs for chosen streams).
 *
 * <pre>{@code
 * ConfigApiServices config = ConfigApiServices.create("https://cloud.airbyte.com/api/v1", okHttpClient);
 * ConnectionState state = config.state()
 *     .getState(new ConnectionIdRequestBody().connectionId(connectionId))
 *     .execute().body();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ConfigApiServices {

  private final HttpUrl baseUrl;
  private final StateApi state;
  private final WebBackendApi webBackend;
  private final JobsApi jobs;
  private final ConnectionsApi connections;

  private ConfigApiServices(HttpUrl baseUrl, Retrofit retrofit) {
    this.baseUrl = baseUrl;
    this.state = retrofit.create(StateApi.class);
    this.webBackend = retrofit.create(WebBackendApi.class);
    this.jobs = retrofit.create(JobsApi.class);
    this.connections = retrofit.create(ConnectionsApi.class);
  }

  /**
   * Binds the services to a root.
   *
   * @param root the Config API root as users write it, ending in {@code /v1}:
   *     {@code https://cloud.airbyte.com/api/v1} or {@code http://host:8000/api/v1}
   * @param client the OkHttp client to send requests with
   * @return the services
   * @throws IllegalArgumentException if {@code root} is not an http(s) URL ending in {@code /v1}
   */
  public static ConfigApiServices create(String root, OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    HttpUrl baseUrl = BaseUrls.configApi(root);
    return new ConfigApiServices(baseUrl, Retrofits.create(baseUrl, client, ApiMoshi.moshi()));
  }

  /**
   * The Retrofit base URL: the root without its {@code v1} segment, because the generated
   * paths are {@code v1/...}.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * {@code /v1/state/get} and {@code /v1/state/create_or_update_safe}.
   *
   * @return the service
   */
  public StateApi state() {
    return state;
  }

  /**
   * {@code /v1/web_backend/connections/get} and {@code /v1/web_backend/connections/update}.
   *
   * @return the service
   */
  public WebBackendApi webBackend() {
    return webBackend;
  }

  /**
   * {@code /v1/jobs/get}.
   *
   * @return the service
   */
  public JobsApi jobs() {
    return jobs;
  }

  /**
   * {@code /v1/connections/reset/stream}, {@code /v1/connections/clear/stream} and {@code /v1/connections/refresh}:
   * jobs for chosen streams of a connection.
   *
   * @return the service
   */
  public ConnectionsApi connections() {
    return connections;
  }

  @Override
  public String toString() {
    return "ConfigApiServices(" + baseUrl + ")";
  }
}
