package io.github.airbytekit.client;

import io.github.airbytekit.client.internal.BaseUrls;
import io.github.airbytekit.client.internal.Retrofits;
import io.github.airbytekit.client.publicapi.api.ApplicationsApi;
import io.github.airbytekit.client.publicapi.api.ConnectionsApi;
import io.github.airbytekit.client.publicapi.api.DestinationsApi;
import io.github.airbytekit.client.publicapi.api.JobsApi;
import io.github.airbytekit.client.publicapi.api.SourcesApi;
import io.github.airbytekit.client.publicapi.api.WorkspacesApi;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/**
 * The Retrofit services of Airbyte's public API, bound to one root URL and one OkHttp client.
 *
 * <pre>{@code
 * PublicApiServices api = PublicApiServices.create("https://api.airbyte.com/v1", okHttpClient);
 * JobResponse job = api.jobs().getJob(42L).execute().body();
 * }</pre>
 *
 * <p>The OkHttp client is used as given: add the {@code Authorization: Bearer ...} header, timeouts
 * and logging there. Instances are immutable and thread-safe.
 */
public final class PublicApiServices {

  private final HttpUrl baseUrl;
  private final ApplicationsApi applications;
  private final WorkspacesApi workspaces;
  private final ConnectionsApi connections;
  private final JobsApi jobs;
  private final SourcesApi sources;
  private final DestinationsApi destinations;

  private PublicApiServices(HttpUrl baseUrl, Retrofit retrofit) {
    this.baseUrl = baseUrl;
    this.applications = retrofit.create(ApplicationsApi.class);
    this.workspaces = retrofit.create(WorkspacesApi.class);
    this.connections = retrofit.create(ConnectionsApi.class);
    this.jobs = retrofit.create(JobsApi.class);
    this.sources = retrofit.create(SourcesApi.class);
    this.destinations = retrofit.create(DestinationsApi.class);
  }

  /**
   * Binds the services to a root.
   *
   * @param root the public API root as users write it: {@code https://api.airbyte.com/v1} or
   *     {@code http://host:8000/api/public/v1}
   * @param client the OkHttp client to send requests with
   * @return the services
   * @throws IllegalArgumentException if {@code root} is not an http(s) URL
   */
  public static PublicApiServices create(String root, OkHttpClient client) {
    Objects.requireNonNull(client, "client == null");
    HttpUrl baseUrl = BaseUrls.publicApi(root);
    return new PublicApiServices(baseUrl, Retrofits.create(baseUrl, client, ApiMoshi.moshi()));
  }

  /**
   * The base URL the relative operation paths resolve against (the root with a trailing slash).
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * {@code POST /applications/token}.
   *
   * @return the service
   */
  public ApplicationsApi applications() {
    return applications;
  }

  /**
   * {@code /workspaces}.
   *
   * @return the service
   */
  public WorkspacesApi workspaces() {
    return workspaces;
  }

  /**
   * {@code /connections}.
   *
   * @return the service
   */
  public ConnectionsApi connections() {
    return connections;
  }

  /**
   * {@code /jobs}.
   *
   * @return the service
   */
  public JobsApi jobs() {
    return jobs;
  }

  /**
   * {@code /sources}.
   *
   * @return the service
   */
  public SourcesApi sources() {
    return sources;
  }

  /**
   * {@code /destinations}.
   *
   * @return the service
   */
  public DestinationsApi destinations() {
    return destinations;
  }

  @Override
  public String toString() {
    return "PublicApiServices(" + baseUrl + ")";
  }
}
